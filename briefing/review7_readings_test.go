package briefing

import "testing"

// TestReadingsASeventhReviewFoundFalse imports the inputs of a seventh
// review of the paste rules (testdata/review7), which looked at the stop's
// rules for a caption over a credit of names and for a video's card:
// letters over their signatures, an interview's answers over the speaker's
// name, a live page's and a programme's entries under their times, race
// results, a quote over its speaker, a standfirst over its writer, a
// recipe's "Serves Four", a sign-off, organisations' names and a subheading
// in title case under a paragraph. Each keeps in the body what the build
// before the rules kept; a video's card, a caption with a date over its
// credit and a caption over "Foto" and a name still leave it. (Under the
// page's buttons, a line over its writer's name is the standfirst, the
// name the byline.)
func TestReadingsASeventhReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review7", []reviewReading{
		{file: "r7_01_letters", keep: []string{"Readers respond to the council's proposal for a ", "Your report on the ring road (2 December) made i", "I have driven the route every day for thirty yea", "As a cyclist I would welcome anything that takes", "The council should publish the full traffic mode", "Have an opinion on anything you've read in the p"}},
		{file: "r7_02_qa", keep: []string{"The orchestra's new music director takes up her ", "The players. I conducted them twice as a guest a", "We will play more music by living composers, but", "Every concert will have seats for under ten poun", "The season opens on 14 January with Mahler's Fif"}},
		{file: "r7_05_liveblog", keep: []string{"The chancellor is presenting her first budget to", "The chancellor has arrived at the dispatch box.", "Opposition MPs are already in the chamber and th", "The cabinet has approved the budget at its meeti", "Markets have been calm this morning, with the po", "Good afternoon and welcome to our live coverage "}},
		{file: "r7_06_programme", keep: []string{"The first climate festival in the valley opens o", "The day's programme is as follows.", "Doors open and coffee in the mill yard", "Panel on flood defences for small towns", "Entry is free but places at the panels are limit", "The festival is funded by the regional council a"}},
		{file: "r7_07_marathon", keep: []string{"Two Kenyan runners won the men's and women's rac", "The men's winner broke away from the leading gro", "The women's race was closer, decided only in the", "Organisers said more than forty thousand people ", "The marathon returns next April, with entries op"}},
		{file: "r7_09_quote_speaker", keep: []string{"The last shop in the village of Upper Wick has b", "The shop had been due to close at the end of the", "\"We were not going to let the heart of the villa", "The shop will be run by a paid manager and a rot", "Similar schemes have saved more than four hundre"}},
		{file: "r7_10_dateline_standfirst", keep: []string{"Residents backed the ban by a large margin in a ", "The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_11_standfirst_writer_after_share", authors: []string{"Lena Marsh"}, standfirst: "Residents backed the ban by a large margin in a vote that could cost the town millions in tourism.", keep: []string{"The harbour town of Kessing has voted to ban lar"}},
		{file: "r7_12_recipe", keep: []string{"This soup is what I make when the days are short", "Start by softening an onion and two cloves of ga", "Add a tin of chopped tomatoes, a tin of white be", "Season well, stir in a handful of spinach and se", "It keeps in the fridge for three days and freeze"}},
		{file: "r7_15_german", keep: []string{"Die Stadt will bis zum Sommer zwölf Kilometer ne", "Kritik kommt vor allem von den Einzelhändlern in", "Die Verwaltung verweist dagegen auf Umfragen, na", "Die Bauarbeiten sollen im März beginnen und bis ", "Der Bund übernimmt davon etwa die Hälfte."}},
		{file: "r7_17_signoff", keep: []string{"We are writing as headteachers of more than sixt", "Many of our schools have roofs that leak, window", "We ask you to meet us before the budget is set, ", "This letter was sent to the minister on Monday. ", "A spokesperson said that capital funding for sch"}},
		{file: "r7_18_video_real", drop: []string{"Waves break over the sea wall at Kessing"}},
		{file: "r7_20_datecaption", drop: []string{"Protesters gather at the harbour"}},
		{file: "r7_22_credit_then_para", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_30_qa_answer_name", keep: []string{"The harbour town of Kessing has voted to ban lar", "Q: What happens to the jobs at the port?", "The port will retrain staff for freight work and", "Almost seventy per cent of those who voted suppo", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules."}},
		{file: "r7_40_voxpop", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "We asked people in the town square what they tho", "I think it is great for the town, the streets wi", "It is a disaster for the cafés. We make half our", "My children will have to leave to find work now,", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_42_german_der", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "„Wir rechnen mit deutlich weniger Kundschaft in ", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_44_results", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_45_title_subhead", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "The vote followed a long campaign by residents w", "The council has six months to write the rules.", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_46_names_pair", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "The two councillors who voted against the ban we", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_49_real_caption_mid_photo", drop: []string{"Cruise passengers queue", "Foto Erik Lund"}},
		{file: "r7_50_subhead_name", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "The campaign group has promised to keep watch on", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_62_dek_name_time", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_71_signoff2", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "Thanks for reading this week, and do let us know", "P.S. Our podcast is back on Monday.", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_74_author_bio", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "Lena Marsh has reported from the harbour for twe", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_76_spanish", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "El ayuntamiento aprobó la prohibición por amplia", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
		{file: "r7_77_french", keep: []string{"The harbour town of Kessing has voted to ban lar", "Almost seventy per cent of those who voted suppo", "Le conseil municipal a voté l’interdiction à une", "Local businesses were divided. Some shop owners ", "The council will now draw up the rules, which mu"}},
	})
}
