// Command grid_test9 is JustPy's grid_test9 (grids tutorial: evaluating
// fields using JavaScript, examples/grids_tutorial/field_evaluation/
// grid_test9.py): an organisation of four people — Erica the CEO, Malcolm
// and Bob under her, jo under Bob — with their job titles and employment
// types.
//
// JustPy shows them as AG Grid's tree data, whose getDataPath is a
// JavaScript function sent as a string and evaluated (grid.evaluate).
// Tree data is AG Grid Enterprise's, and JustGo ships the Community grid;
// its JSON options carry no functions either. What Community evaluates
// from a string is an expression, so the port shows each person's path,
// "Erica / Bob / jo", in a Group column whose valueGetter is one: it
// sorts and filters as the other columns do.
package main

import jp "github.com/justgo/justgo"

// rowData are the rows, made for each page: a grid keeps the maps it is
// given, and an edit or a handler changes them.
func rowData() []jp.M {
	return []jp.M{
		{"orgHierarchy": []string{"Erica"}, "jobTitle": "CEO", "employmentType": "Permanent"},
		{"orgHierarchy": []string{"Erica", "Malcolm"}, "jobTitle": "VP", "employmentType": "Permanent"},
		{"orgHierarchy": []string{"Erica", "Bob"}, "jobTitle": "SVP", "employmentType": "Permanent"},
		{"orgHierarchy": []string{"Erica", "Bob", "jo"}, "jobTitle": "eVP", "employmentType": "Permanent"},
	}
}

func gridTest9(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	grid := jp.AgGrid(rowData(), jp.In(wp))
	grid.Options["defaultColDef"] = jp.M{
		"filter":    true,
		"sortable":  true,
		"resizable": true,
	}
	grid.Columns = []jp.M{
		{"headerName": "Group", "colId": "group", "valueGetter": `data.orgHierarchy.join(" / ")`},
		{"headerName": "job title", "field": "jobTitle"},
		{"headerName": "employment type", "field": "employmentType"},
	}
	return wp
}

func main() { jp.JustPy(gridTest9) }
