package org.terrinclus.spring.boot3.sample;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** With {@code reject-severity=warning}, the Suresnes sheet's one warning refuses it. */
@SpringBootTest(properties = "terrinclus.validation.reject-severity=warning")
@AutoConfigureMockMvc
class PropertiesTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void aWarningRefusesWhenThePropertiesSaySo() throws Exception {
        mvc.perform(post("/records")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SampleApplicationTest.sheet("suresnes")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.findings.length()").value(1))
                .andExpect(jsonPath("$.findings[0].severity").value("warning"));
    }
}
