package frame

import (
	"testing"
)

func TestHeaderOf(t *testing.T) {
	for field, want := range map[string]string{
		"Year": "Year", "beer_servings": "Beer_servings", "jobTitle": "Job Title", "HTMLColumn": "HTML Column",
		"Car Insurance Premiums ($)": "Car Insurance Premiums ($)", "a.b": "A B",
	} {
		if got := HeaderOf(field); got != want {
			t.Errorf("HeaderOf(%q) = %q, want %q", field, got, want)
		}
	}
}

// A grid's table, written as AG Grid writes CSV and read back, is the
// same table; the plot has a series for each column asked for.
func TestTableRoundTrip(t *testing.T) {
	tb := Of(Drinks()[:2])
	csv := ""
	for _, r := range append([][]string{tb.Header}, tb.Rows...) {
		line := ""
		for i, v := range r {
			if i > 0 {
				line += ","
			}
			line += `"` + v + `"`
		}
		csv += line + "\r\n"
	}
	back, err := ReadCSV(csv)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Rows) != 2 || back.Rows[1][0] != "Australia" || back.Header[4] != "Total_litres_of_pure_alcohol" {
		t.Errorf("read back %v", back)
	}
	o := Plot(back, 0, []int{1, 3}, PlotOptions{Stacking: "normal"})
	series := o["series"].([]map[string]any)
	if len(series) != 2 || series[1]["name"] != "Wine_servings" || series[0]["stack"] != "normal" || series[0]["type"] != "bar" {
		t.Errorf("series %v", series)
	}
	for _, m := range WomenMajors() {
		if m.Engineering < 0 || m.Agriculture > 100 {
			t.Errorf("%d: %+v", m.Year, m)
		}
	}
}
