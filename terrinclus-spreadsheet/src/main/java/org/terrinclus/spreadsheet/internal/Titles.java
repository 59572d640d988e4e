package org.terrinclus.spreadsheet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The French and English names of sheets and columns. The only place that names them: every
 * other class asks here.
 */
public final class Titles {

    /** Sheet names, by the path of the table's array ({@code ""} for the records). */
    private static final Map<String, String[]> SHEETS = Map.ofEntries(
            Map.entry("", new String[] {"Fiches", "Records"}),
            Map.entry("partners", new String[] {"Partenaires", "Partners"}),
            Map.entry("partners/0/identifiers", new String[] {"Identifiants partenaires", "Partner identifiers"}),
            Map.entry("lead/organisation/identifiers", new String[] {"Identifiants porteur", "Lead identifiers"}),
            Map.entry("lead/operator/identifiers", new String[] {"Identifiants opérateur", "Operator identifiers"}),
            Map.entry("recommendations", new String[] {"Préconisations", "Recommendations"}),
            Map.entry("keyFigures", new String[] {"Chiffres clés", "Key figures"}),
            Map.entry("funding", new String[] {"Financements", "Funding"}),
            Map.entry("funding/0/contributions", new String[] {"Contributions", "Contributions"}),
            Map.entry(
                    "funding/0/contributions/0/funder/identifiers",
                    new String[] {"Identifiants financeurs", "Funder identifiers"}),
            Map.entry("costs", new String[] {"Coûts", "Costs"}),
            Map.entry("costs/0/items", new String[] {"Postes de coût", "Cost items"}),
            Map.entry("narrative/objectives", new String[] {"Objectifs", "Objectives"}),
            Map.entry("narrative/focusSections", new String[] {"Focus", "Focus sections"}),
            Map.entry("narrative/quotes", new String[] {"Citations", "Quotes"}),
            Map.entry("narrative/reviews", new String[] {"Regards", "Reviews"}),
            Map.entry("resources", new String[] {"Ressources", "Resources"}),
            Map.entry("contacts", new String[] {"Contacts", "Contacts"}),
            Map.entry("photoCredits", new String[] {"Crédits photo", "Photo credits"}),
            Map.entry("partnerCountries", new String[] {"Pays partenaires", "Partner countries"}));

    /** Names of two fields read together, before single names. */
    private static final Map<String, String[]> PAIRS = Map.ofEntries(
            Map.entry("lead/organisation", new String[] {"Porteur", "Lead"}),
            Map.entry("amount/amount", new String[] {"Montant", "Amount"}),
            Map.entry("amount/currency", new String[] {"Devise", "Currency"}),
            Map.entry("declaredTotal/amount", new String[] {"Total déclaré", "Declared total"}),
            Map.entry("declaredTotal/currency", new String[] {"Devise du total", "Total currency"}));

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("formatVersion", new String[] {"Version du format", "Format version"}),
            Map.entry("id", new String[] {"Identifiant", "Id"}),
            Map.entry("iatiIdentifier", new String[] {"Identifiant IATI", "IATI identifier"}),
            Map.entry("activityStatus", new String[] {"Statut", "Status"}),
            Map.entry("title", new String[] {"Titre", "Title"}),
            Map.entry("summary", new String[] {"Résumé", "Summary"}),
            Map.entry("lead", new String[] {"Porteur", "Lead"}),
            Map.entry("operator", new String[] {"Opérateur", "Operator"}),
            Map.entry("organisation", new String[] {"Organisation", "Organisation"}),
            Map.entry("name", new String[] {"Nom", "Name"}),
            Map.entry("kind", new String[] {"Type", "Kind"}),
            Map.entry("localDesignation", new String[] {"Désignation locale", "Local designation"}),
            Map.entry("country", new String[] {"Pays", "Country"}),
            Map.entry("identifiers", new String[] {"Identifiants", "Identifiers"}),
            Map.entry("scheme", new String[] {"Registre", "Scheme"}),
            Map.entry("value", new String[] {"Valeur", "Value"}),
            Map.entry("partners", new String[] {"Partenaires", "Partners"}),
            Map.entry("partnerCountries", new String[] {"Pays partenaires", "Partner countries"}),
            Map.entry("partnersDescription", new String[] {"Partenaires (description)", "Partners (description)"}),
            Map.entry("thematics", new String[] {"Thématiques", "Thematics"}),
            Map.entry("recommendationFamilies", new String[] {"Familles de préconisations", "Recommendation families"}),
            Map.entry("recommendations", new String[] {"Préconisations", "Recommendations"}),
            Map.entry("family", new String[] {"Famille", "Family"}),
            Map.entry("code", new String[] {"Code", "Code"}),
            Map.entry("wording", new String[] {"Libellé", "Wording"}),
            Map.entry("sdgGoals", new String[] {"ODD", "SDGs"}),
            Map.entry("sdgTargets", new String[] {"Cibles ODD", "SDG targets"}),
            Map.entry("keyFigures", new String[] {"Chiffres clés", "Key figures"}),
            Map.entry("upperValue", new String[] {"Valeur haute", "Upper value"}),
            Map.entry("multiplier", new String[] {"Multiplicateur", "Multiplier"}),
            Map.entry("unit", new String[] {"Unité", "Unit"}),
            Map.entry("label", new String[] {"Libellé", "Label"}),
            Map.entry("funding", new String[] {"Financement", "Funding"}),
            Map.entry("contributions", new String[] {"Contributions", "Contributions"}),
            Map.entry("funder", new String[] {"Financeur", "Funder"}),
            Map.entry("amount", new String[] {"Montant", "Amount"}),
            Map.entry("currency", new String[] {"Devise", "Currency"}),
            Map.entry("period", new String[] {"Période", "Period"}),
            Map.entry("note", new String[] {"Note", "Note"}),
            Map.entry("declaredTotal", new String[] {"Total déclaré", "Declared total"}),
            Map.entry("costs", new String[] {"Coûts", "Costs"}),
            Map.entry("items", new String[] {"Postes", "Items"}),
            Map.entry("category", new String[] {"Catégorie", "Category"}),
            Map.entry("dates", new String[] {"Dates", "Dates"}),
            Map.entry("partnershipStart", new String[] {"Début du partenariat", "Partnership start"}),
            Map.entry("launch", new String[] {"Lancement", "Launch"}),
            Map.entry("duration", new String[] {"Durée", "Duration"}),
            Map.entry("end", new String[] {"Fin", "End"}),
            Map.entry("plannedStart", new String[] {"Début prévu", "Planned start"}),
            Map.entry("actualStart", new String[] {"Début effectif", "Actual start"}),
            Map.entry("plannedEnd", new String[] {"Fin prévue", "Planned end"}),
            Map.entry("actualEnd", new String[] {"Fin effective", "Actual end"}),
            Map.entry("narrative", new String[] {"Récit", "Narrative"}),
            Map.entry("context", new String[] {"Contexte", "Context"}),
            Map.entry("objectives", new String[] {"Objectif", "Objective"}),
            Map.entry("actors", new String[] {"Acteurs", "Actors"}),
            Map.entry("focusSections", new String[] {"Focus", "Focus"}),
            Map.entry("quotes", new String[] {"Citations", "Quotes"}),
            Map.entry("reviews", new String[] {"Regards", "Reviews"}),
            Map.entry("text", new String[] {"Texte", "Text"}),
            Map.entry("author", new String[] {"Auteur", "Author"}),
            Map.entry("role", new String[] {"Fonction", "Role"}),
            Map.entry("resources", new String[] {"Ressources", "Resources"}),
            Map.entry("url", new String[] {"Adresse web", "Web address"}),
            Map.entry("contacts", new String[] {"Contacts", "Contacts"}),
            Map.entry("email", new String[] {"Courriel", "Email"}),
            Map.entry("photoCredits", new String[] {"Crédit photo", "Photo credit"}));

    private Titles() {}

    /** The name of a table's sheet; at most 31 characters, as spreadsheets require. */
    public static String sheet(Layout.Table table, boolean french) {
        String[] names = SHEETS.get(table.getPath());
        String name = names != null ? names[french ? 0 : 1] : words(split(table.getPath()), french);
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    /** The title of a column, relative to its table: {@code Financeur – Nom}. */
    public static String column(Layout.Column column, boolean french) {
        List<String> relative = column.getRelative();
        if (relative.isEmpty()) { // the items of an array of text: named by the array
            return word(column.getTable().getArray().orElseThrow().getName(), french);
        }
        return words(relative, french);
    }

    /** The title of the column that numbers the rows of an array, as {@code N° Financement}. */
    public static String position(Field array, boolean french) {
        return (french ? "N° " : "No. ") + words(split(array.getPath()), french);
    }

    /** The title of the column that ties a row to its record. */
    public static String recordId(boolean french) {
        return french ? "Identifiant de la fiche" : "Record id";
    }

    /** The title of the notes sheet of a template. */
    public static String notesSheet(boolean french) {
        return french ? "Notes" : "Notes";
    }

    private static List<String> split(String path) {
        List<String> names = new ArrayList<>();
        for (String name : path.split("/")) {
            if (!name.equals("0") && !name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String words(List<String> names, boolean french) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (i + 1 < names.size()) {
                String[] pair = PAIRS.get(names.get(i) + "/" + names.get(i + 1));
                if (pair != null) {
                    words.add(pair[french ? 0 : 1]);
                    i++;
                    continue;
                }
            }
            words.add(word(names.get(i), french));
        }
        String joined = String.join(" – ", words);
        return joined.isEmpty() ? joined : joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
    }

    private static String word(String name, boolean french) {
        String[] word = WORDS.get(name);
        return word != null ? word[french ? 0 : 1] : name;
    }
}
