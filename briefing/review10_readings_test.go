package briefing

import "testing"

// TestReadingsATenthReviewFoundFalse imports the inputs of a tenth review
// of the paste rules (testdata/review10), which looked at the byline and
// caption rules after the ninth review's mends: writers whose surname the
// first paragraph uses as a common word or another name ("Jack White" over
// "The White House", "Thomas Richter" over "Der Richter", "Jon Snow" over
// "Snow fell"), obituaries and profiles opening with their subject's full
// name (no byline), a standfirst over two writers, a press release's last
// paragraph over "ENDS", a newsletter's sign-off over a name in capitals,
// a TV and a gig listing whose titles stand over their times, player
// ratings and scorers' minutes under the byline, and accented given names.
// Each reads as the review found right. (Left as they are: a first
// paragraph set right over a step's title in title case under the byline,
// "Check Your Startup Apps", or a recipe's "Serves Four", reads as a
// caption over its credit; a profile whose first paragraph opens with the
// bare surname takes its subject for the byline; a subject's card under
// the byline, "Founder, Crumb Bakery", adds a co-author.)
func TestReadingsATenthReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review10", []reviewReading{
		{file: "r10_r1a_byline_lost_white_house", authors: []string{"Jack White"}, keep: []string{"The White House said on Tuesday that the preside", "Officials said the details would be published la", "The plan still needs the approval of the full co"}},
		{file: "r10_r1b_byline_lost_under_standfirst_becomes_subheading", authors: []string{"Jack White"}, standfirst: "Lawmakers worked through the night to agree a deal that avoids a shutdown.", keep: []string{"The White House said on Tuesday that the preside", "Officials said the details would be published la", "The plan still needs the approval of the full co"}},
		{file: "r10_r1c_byline_lost_date_over_name", authors: []string{"Jack White"}, keep: []string{"The White House said on Tuesday that the preside", "Officials said the details would be published la", "The plan still needs the approval of the full co"}},
		{file: "r10_r1d_byline_lost_no_blank_lines", authors: []string{"Jack White"}, keep: []string{"The White House said on Tuesday that the preside", "Officials said the details would be published la", "The plan still needs the approval of the full co"}},
		{file: "r10_r1e_byline_lost_green_party", authors: []string{"Sarah Green"}, keep: []string{"The Green Party has promised free bus travel for", "The party's co-leader said the scheme would be p", "Opponents said the sums did not add up."}},
		{file: "r10_r1f_byline_lost_king_charles", authors: []string{"Chris King"}, keep: []string{"King Charles opened the new children's wing of t", "The wing has forty beds and a play area designed", "The hospital trust said it would take its first "}},
		{file: "r10_r1g_byline_lost_banks_have", authors: []string{"Tom Banks"}, keep: []string{"Banks have raised their mortgage rates for the t", "Officials said the details would be published la", "The plan still needs the approval of the full co"}},
		{file: "r10_r1h_byline_lost_snow_fell", authors: []string{"Jon Snow"}, keep: []string{"Snow fell across most of the north overnight, cl", "Officials said the details would be published la", "The plan still needs the approval of the full co"}},
		{file: "r10_r1i_byline_lost_de_der_richter", authors: []string{"Thomas Richter"}, keep: []string{"Der Richter am Landgericht Hamburg hat den Angek", "Das Feuer hatte im Sommer 2023 drei Lagerhallen ", "Die Verteidigung kündigte an, in Revision zu geh"}},
		{file: "r10_r1j_byline_lost_de_der_winter", authors: []string{"Peter Winter"}, keep: []string{"Der Winter ist in diesem Jahr früh gekommen, und", "Die Lieferanten kommen mit den Bestellungen nich", "Der Städtetag fordert eine bessere Vorratshaltun"}},
		{file: "r10_r1k_byline_lost_de_der_koch", authors: []string{"Michael Koch"}, keep: []string{"Der Koch Jonas Brenner hat seinem Gasthaus im Al", "Er kocht fast nur mit Zutaten aus dem Umkreis vo", "Einen Tisch bekommt man erst in drei Monaten."}},
		{file: "r10_r1l_byline_lost_fr_martin", authors: []string{"Claire Martin"}, keep: []string{"Martin, le ministre de l'Économie, a présenté ma", "Le déficit doit revenir sous les trois pour cent", "L'opposition dénonce des coupes dans les service"}},
		{file: "r10_r1m_byline_lost_namesake_johnson", authors: []string{"Sarah Johnson"}, keep: []string{"Johnson will give evidence to the inquiry next w", "He is expected to be questioned for two days abo", "The inquiry's chair said the hearings would be h"}},
		{file: "r10_r1n_byline_lost_power_cuts", authors: []string{"Jane Power"}, keep: []string{"Power cuts left thirty thousand homes without el", "Officials said the details would be published la", "The plan still needs the approval of the full co"}},
		{file: "r10_r2a_subject_as_author_obituary", authors: []string{}, keep: []string{"Owen Hughes, 83, of Kessing, passed away peacefu", "He worked at the harbour for forty years and was", "A funeral service will be held at St Anne's Chur"}},
		{file: "r10_r2b_subject_as_author_obituary_givennames", authors: []string{}, keep: []string{"Chiamaka Obi, who has died aged 81, spent four d", "Born in Enugu in 1943, she came to Britain to st", "She is survived by her husband, two daughters an"}},
		{file: "r10_r2c_subject_as_author_profile", authors: []string{}, keep: []string{"Owen Hughes has run the little ferry across the ", "He took over the boat from his father in 1985, w", "Today the fare is two pounds, and the queue on a"}},
		{file: "r10_r2d_subject_as_author_profile_unlisted_given", authors: []string{}, keep: []string{"Kestrel Vantongeren has run the little ferry acr", "He took over the boat from his father in 1985, w", "Today the fare is two pounds, and the queue on a"}},
		{file: "r10_r2e_subject_as_author_obituary_no_blank_lines", authors: []string{}, keep: []string{"Owen Hughes, 83, of Kessing, passed away peacefu", "He worked at the harbour for forty years and was", "A funeral service will be held at St Anne's Chur"}},
		{file: "r10_r3a_standfirst_over_two_writers_amp_becomes_caption", authors: []string{"Jane Foster", "Owen Hughes"}, keep: []string{"Twelve kilometres of protected lanes will be bui", "The city council has approved a plan to build tw", "Supporters say the lanes will make the streets s", "Work on the first stretch, along the riverside r"}},
		{file: "r10_r3b_standfirst_over_two_writers_under_share", authors: []string{"Jane Foster", "Owen Hughes"}, standfirst: "Twelve kilometres of protected lanes will be built over the next two years, after a debate that lasted four hours.", keep: []string{"The city council has approved a plan to build tw", "Supporters say the lanes will make the streets s", "Work on the first stretch, along the riverside r"}},
		{file: "r10_r3c_standfirst_over_two_writers_es_y", keep: []string{"Las obras empezarán en primavera y durarán dos a", "El pleno del Ayuntamiento aprobó el martes por l", "Los partidarios dicen que los carriles harán las", "Las obras del primer tramo empezarán en marzo."}},
		{file: "r10_r4a_press_release_last_paragraph_over_ENDS", authors: []string{"Jane Foster"}, keep: []string{"Kessing Harbour Trust today announced a new dail", "The service will run twice a day throughout the ", "Tickets go on sale on 1 April and can be bought ", "Kessing Harbour Trust is a charity that runs the"}},
		{file: "r10_r4b_newsletter_signoff_over_caps_name", authors: []string{"Jane Foster"}, keep: []string{"This week the council finally voted on the cycle", "The lanes were approved by a single vote after a", "Thanks for reading, and see you next Tuesday.", "P.S. The bakery on Quay Street is giving away a "}},
		{file: "r10_r6a_tv_listing_titles_dropped", keep: []string{"A new detective drama, the last of a fine nature", "A detective returns to the coastal town she left", "The last episode of the series follows a family ", "A year in the life of Kessing harbour, from the ", "## The Salt Road", "## Islands of the North"}},
		{file: "r10_r6b_gig_listing_titles_dropped", keep: []string{"The city's clubs and churches have a busy weeken", "A rare chance to hear the quartet play the whole", "The orchestra's spring concert includes a new pi", "## Kessing Youth Orchestra"}},
		{file: "r10_r6c_single_fixture_box_dropped", keep: []string{"Harbour United host Kessing Town in the quarter-", "The manager said his squad was fully fit apart f", "Tickets are still available from the club shop."}},
		{file: "r10_r7a_player_ratings_goalkeeper_as_coauthor", authors: []string{"Jane Foster"}, keep: []string{"Had little to do for most of the afternoon but c", "Changed the game within minutes of coming on and", "Solid at the back and won almost every header."}},
		{file: "r10_r7b_scorer_minutes_as_coauthor", authors: []string{"Jane Foster"}, keep: []string{"Rafael Costa scored twice as Harbour United came", "The Brazilian came off the bench after an hour a", "The win lifts United to third in the table."}},
		{file: "r10_r7c_scorer_minutes_as_coauthor_no_blank", authors: []string{"Jane Foster"}, keep: []string{"Rafael Costa scored twice as Harbour United came", "The Brazilian came off the bench after an hour a", "The win lifts United to third in the table."}},
		{file: "r10_r8a_accented_given_name_not_folded", authors: []string{"Zoë Williams"}, standfirst: "Twelve kilometres of protected lanes will be built over the next two years, after a debate that lasted four hours.", keep: []string{"The city council has approved a plan to build tw", "Supporters say the lanes will make the streets s", "Work on the first stretch is due to start in Mar"}},
		{file: "r10_r8b_same_unaccented_reads", authors: []string{"Zoe Williams"}, standfirst: "Twelve kilometres of protected lanes will be built over the next two years, after a debate that lasted four hours.", keep: []string{"The city council has approved a plan to build tw", "Supporters say the lanes will make the streets s", "Work on the first stretch is due to start in Mar"}},
	})
}
