// Validates documents against the Terrinclus schema with ajv (draft 2020-12, strict mode off).
// Usage: node check.js SCHEMA VALID_DIR INVALID_DIR
// Every document of VALID_DIR must pass and every document of INVALID_DIR must fail; prints one
// line per surprise and a summary, and exits 1 on any surprise.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const [schemaFile, validDir, invalidDir] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));

let surprises = 0;
const counts = { valid: 0, invalid: 0 };
for (const [dir, expected] of [[validDir, true], [invalidDir, false]]) {
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const ok = validate(JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")));
    counts[expected ? "valid" : "invalid"]++;
    if (ok !== expected) {
      surprises++;
      const why = ok ? "accepted" : ajv.errorsText(validate.errors);
      console.log(`${expected ? "refused" : "accepted"} ${path.basename(dir)}/${name}: ${why}`);
    }
  }
}
console.log(`ajv: ${counts.valid} valid and ${counts.invalid} invalid documents checked, ${surprises} surprises`);
process.exit(surprises === 0 ? 0 : 1);
