package org.backchannel.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.coder.dates.DateExpressions;
import org.backchannel.model.DatePrecision;
import org.junit.jupiter.api.Test;

class DateExpressionsTest {
    private static final LocalDate REF = LocalDate.of(2025, 3, 6); // a Thursday

    private static String first(String text) {
        List<DateExpressions.Found> f = DateExpressions.findAll(text, REF);
        return f.isEmpty()
                ? null
                : f.get(0).date().label() + "/" + f.get(0).date().precision().label();
    }

    @Test
    void absoluteAndRelativeExpressions() {
        assertEquals("2023-Q4/quarter", first("talks spanning from late 2023 into early 2024"));
        assertEquals("2025-03-04/day", first("the envoys met on Tuesday"));
        assertEquals("2025-02-27/day", first("they met last Thursday"));
        assertEquals("2025-03-06/day", first("they met on Thursday"));
        assertEquals("2024-11/month", first("in November the talks stalled"));
        assertEquals("2025-02/month", first("talks in February"));
        assertEquals("2025-03-04/day", first("on March 4 the minister flew to Doha"));
        assertEquals("2019-05-30/day", first("on May 30, 2019, the two sides"));
        assertEquals("2019-05-30/day", first("on 30 May 2019 the two sides"));
        assertEquals("2025-03-05/day", first("yesterday officials said"));
        assertEquals("2024/year", first("sanctions imposed in 2024"));
        assertEquals("2015/year", first("the 2015 nuclear deal"));
        assertEquals("2024-Q3/quarter", first("in the third quarter of 2024"));
        assertEquals("2025-02/month", first("last month"));
    }

    @Test
    void relativeExpressionsNeedAReferenceDate() {
        assertTrue(DateExpressions.findAll("they met on Tuesday", null).isEmpty());
        assertEquals(
                DatePrecision.QUARTER,
                DateExpressions.findAll("late 2023", null).get(0).date().precision());
    }
}
