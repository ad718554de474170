package briefing

import "testing"

// TestReadingsAnEighthReviewFoundFalse imports the inputs of an eighth
// review of the paste rules (testdata/review8), which looked at the wider
// list of given names, the writers listed over their roles and the mended
// caption and video-card rules: subheadings that are people's names,
// places or brands under the first paragraph, letters, a pull quote and a
// sign-off over their writers' names, a live page's entries under their
// times, a photographer and an agency or a fact box's people under the
// byline, a byline whose surname the first paragraph names after another
// given name, a place's name under the headline. Each reads as the build
// before those rules read it. (In r8_11 a staff photographer's name over
// "Staff Photographer" under the byline was taken for the author before
// the rules too, and still is; only its body is checked.)
func TestReadingsAnEighthReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review8", []reviewReading{
		{file: "r8_01_subhead_person_taken_as_byline", authors: []string{}, keep: []string{"Voters in the harbour ward go to the polls on Th", "## Naomi Kessler", "The former primary school teacher has lived in t", "## Owen Hughes", "The youngest candidate in the race, a 26-year-ol", "Polls open at seven in the morning and close at ", "Turnout at the last by-election in the ward was "}},
		{file: "r8_02_subhead_place_taken_as_byline", authors: []string{}, keep: []string{"You do not need deep pockets to enjoy a weekend ", "## Stanley Park", "The seawall path runs for almost nine kilometres", "## Granville Island", "The public market opens at nine. Go early for th", "For dinner, the food trucks downtown are cheaper", "Hostels start at about forty dollars a night in "}},
		{file: "r8_03_subhead_brand_taken_as_byline", authors: []string{}, keep: []string{"Menswear week closed on Monday with a run of sho", "## Hugo Boss", "The German house sent out double-breasted jacket", "## Calvin Klein", "The American label kept things spare: black wool", "Buyers said they expected the looks to sell well", "The women's collections follow in Paris next wee"}},
		{file: "r8_04_street_subheads_second_taken", authors: []string{}, keep: []string{"The city council has approved a plan to build tw", "## Harrison Street", "The busiest stretch will lose forty parking spac", "## Duncan Street", "A two-way lane will run along the south side, wi", "Work on the first stretch is due to start in Mar", "A second vote on the routes through the old town"}},
		{file: "r8_05_subhead_no_blank_lines", authors: []string{}, keep: []string{"Voters in the harbour ward go to the polls on Th", "## Naomi Kessler", "The former primary school teacher has lived in t", "## Owen Hughes", "The youngest candidate in the race, a 26-year-ol", "Polls open at seven in the morning and close at ", "Turnout at the last by-election in the ward was "}},
		{file: "r8_06_pullquote_over_speaker", authors: []string{"Jane Foster"}, keep: []string{"The city council has approved a plan to build tw", "Supporters say the lanes will make the streets s", "We have waited twenty years for this, and the pe", "## Naomi Kessler", "Work on the first stretch, along the riverside r", "The plan will cost about eighteen million pounds"}},
		{file: "r8_07_letters_full_name_signatures", authors: []string{}, keep: []string{"Readers respond to our report on the council's v", "I have run a shop on Harrison Street for twenty-", "## Naomi Kessler", "As a parent I welcome anything that makes the st", "## Owen Hughes", "The council should publish the traffic modelling", "## Ingrid Larsen", "Have an opinion on anything you have read today?"}},
		{file: "r8_08_signoff_over_bio", authors: []string{}, keep: []string{"The council's decision on Tuesday night was the ", "Every city that has built protected lanes has se", "The loss of forty parking spaces on Harrison Str", "The council has made its choice. Now it has to b", "## Owen Hughes", "Owen Hughes chairs the city's cycling campaign a"}},
		{file: "r8_09_live_entries_time_heading", authors: []string{"Jane Foster"}, keep: []string{"Gusts of up to ninety miles an hour have hit the", "## Police close the harbour bridge", "Officers closed the bridge in both directions sh", "## Ferries cancelled until Thursday", "The ferry company said no crossings would run un", "## Schools to close early", "The council has told schools in the coastal ward", "The Met Office warning remains in force until mi"}},
		{file: "r8_10_coauthor_photographer_over_agency", authors: []string{"Jane Foster"}, keep: []string{"The city council has approved a plan to build tw", "Supporters say the lanes will make the streets s", "Work on the first stretch, along the riverside r", "The plan will cost about eighteen million pounds"}},
		{file: "r8_11_coauthor_staff_photographer", keep: []string{"The city council has approved a plan to build tw", "Supporters say the lanes will make the streets s", "Work on the first stretch, along the riverside r", "The plan will cost about eighteen million pounds"}},
		{file: "r8_12_coauthor_agency_no_blank_lines", authors: []string{"Jane Foster"}, keep: []string{"The city council has approved a plan to build tw", "Supporters say the lanes will make the streets s", "Work on the first stretch, along the riverside r", "The plan will cost about eighteen million pounds"}},
		{file: "r8_13_byline_lost_surname_in_first_para", authors: []string{"Jane Foster"}, keep: []string{"My father, Tom Foster, kept an allotment on the ", "I knew nothing about growing vegetables. The fir", "The old men on the neighbouring plots were patie", "This year, for the first time, I grew more beans"}},
		{file: "r8_14_byline_lost_bio_under_name", authors: []string{"Jane Foster"}, keep: []string{"Jane Foster is the paper's transport corresponde", "The city council has approved a plan to build tw", "Supporters say the lanes will make the streets s", "Work on the first stretch, along the riverside r"}},
		{file: "r8_15_place_label_under_headline", authors: []string{}, keep: []string{"The city council has approved a plan to build tw", "Supporters say the lanes will make the streets s", "Work on the first stretch, along the riverside r", "The plan will cost about eighteen million pounds", "A second vote on the routes through the old town"}},
		{file: "r8_19_factbox_names_taken_as_coauthors", authors: []string{"Jane Foster"}, keep: []string{"Voters in the harbour ward go to the polls on Th", "The former primary school teacher has lived in t", "The youngest candidate in the race wants the cou", "Polls open at seven in the morning and close at "}},
		{file: "r8_20_factbox_no_blank_lines", authors: []string{"Jane Foster"}, keep: []string{"Voters in the harbour ward go to the polls on Th", "The former primary school teacher has lived in t", "The youngest candidate in the race wants the cou", "Polls open at seven in the morning and close at "}},
	})
}
