package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// TestSiteLinesBetweenParagraphs checks that lines many news sites set
// between an article's paragraphs go, each where a reader meets it: under
// the byline, between two paragraphs and before the last one. They are
// made up in the shapes sites use; none comes from the pages the paste
// measures score.
func TestSiteLinesBetweenParagraphs(t *testing.T) {
	lines := []string{
		"Donate", "Paid content", "From our partners", "Gift this article", "Share full article", "Open in app",
		"Report an error", "Report a correction", "Enter your email address", "We want to hear from you",
		"Advertisement - Continue Reading Below", "Table of contents", "Save article", "Reprints",
		"Have a news tip? Email us.", "Contact the reporter at lmarsh@example.com",
		"Follow Lena Marsh on Twitter.", "Follow Harbour News on Instagram",
		"You have 3 free articles left this month.", "Log in to continue reading",
		"Copyright 2024 The Harbour Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
		"Scroll down for video", "This video can not be played", "Take our poll", "Get our free newsletter", "Live updates",
		"Breaking News", "Click to enlarge", "Ads by Google", "Sponsored Links by Taboola", "You May Like", "Suggested for you",
		"More coverage", "Explore more on these topics", "Recommended reading",
		"Don't miss: Ferry fares to rise again", "In pictures: The storm hits the pier", "Read the full report here.",
		"What do you think? Let us know in the comments.", "Reading time: 3 minutes", "Slide 1 of 5", "Zoom", "See more",
		"Load more", "Promoted", "Shop now", "Check price", "$19.99 at Amazon", "Home > News > Harbour", "Home / News / Harbour",
		"Harbour News Live updates from the pier", "Live blog: the council votes", "The storm as it happened",
		"Now playing: Watch this: Storm batters the north pier 2:31", "Harbour News is on WhatsApp. Join our channel.",
		"Want more stories like this? Sign up for our newsletter.", "If you value our journalism, please consider subscribing.",
		"We’re interested in your feedback on this page. Tell us what you think.",
		"By submitting your information, you're agreeing to receive communications from Harbour Public Radio in accordance with our Terms .",
		"We rely on your support to make local news available to all", "Make your contribution now and help Harbour Radio thrive. Donate today",
		"Harbour Radio is funded by sponsors and member donations",
		"Szukasz lokalu w porcie do wynajęcia? Zobacz oferty na PortNieruchomosci.pl",
	}
	for _, l := range lines {
		for _, at := range []int{-1, 1, 2} {
			page, paras := shapePage(map[int]string{at: l})
			body := bodyText(importShape(t, page))
			checkBody(t, body, []string{l}, paras)
		}
	}
}

// TestSentencesLikeSiteLinesStay checks that sentences of an article that
// open or read like a site's lines stay in it.
func TestSentencesLikeSiteLinesStay(t *testing.T) {
	for _, l := range []string{
		"Follow the harbour council on Twitter for updates, the mayor told residents at a meeting on Monday night.",
		"Donate what you can, the lifeboat crew asked the crowd, and thousands of people did so within a week.",
		"Table of contents aside, the report runs to three hundred pages and names every pier on the coast.",
		"Home / work / life: the three words on the council's new poster drew laughs at the harbour.",
		"The council will post live updates from the meeting on its website, the mayor said.",
		"$19.99 at most, the ferry operator promised, would be the price of a return ticket next year.",
		"\"Tell us what you think,\" the harbour master told the fishermen, and for three hours they did, at the end of a long and angry meeting in the old customs house on the quay, where the council had set out two hundred chairs.",
	} {
		page, paras := shapePage(map[int]string{1: l})
		checkBody(t, bodyText(importShape(t, page)), nil, append(paras, l))
	}
}

// TestCaptionsWithACommaAfterTheirLabel checks that captions and credits
// whose label a comma follows ("Image caption, …", "Media caption, …",
// "Image source, …") become captions, as do captions led by where the
// photo stands ("Pictured: …") and credits for a graphic or its data.
func TestCaptionsWithACommaAfterTheirLabel(t *testing.T) {
	page, paras := shapePage(map[int]string{
		0: "Image source, Harbour Press\n\nImage caption, The old north pier after the storms of last winter",
		1: "Pictured: The south quay at dawn\n\nGraphic by Piet Vos",
		2: "Media caption, The harbour master explains the plan\n\nData: Harbour Council",
	})
	b := importShape(t, page)
	checkBody(t, bodyText(b), []string{"Image source", "Image caption", "Media caption"}, paras)
	var got []string
	for _, c := range b.Captions {
		got = append(got, c.Text+"|"+c.Credit)
	}
	want := []string{"The old north pier after the storms of last winter|Harbour Press", "The south quay at dawn|", "|Piet Vos",
		"The harbour master explains the plan|", "|Harbour Council"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("captions %q, want %q", got, want)
	}
}

// TestBylinesOverAnAgencyOrAfterADate checks byline shapes: a writer's
// name alone over a news agency's or with it after a comma, a blog's date
// before "by" and the name (in English, French or Spanish), "by" in
// Italian and Swedish, "Words:" or "Text:" before it, a separator
// left at its end, the place the writer files from after the name, over
// the date, a name over the outlet's over the date, a title before the
// name, "Reporter:" and "Author(s):", and a surname in capitals (written
// back in the name's case). A date alone gives no author ("Publié le" is no name), a
// name over a photo agency's credits a photographer,
// "Photo by" after no date is no byline, and neither is a name and a place
// with no date under them.
func TestBylinesOverAnAgencyOrAfterADate(t *testing.T) {
	for _, c := range []struct {
		byline string
		want   []string
	}{
		{"Lena Marsh\nReuters", []string{"Lena Marsh"}},
		{"Lena Marsh\nAssociated Press", []string{"Lena Marsh"}},
		{"March 3, 2017 by Lena Marsh", []string{"Lena Marsh"}},
		{"3 March 2017 by Lena Marsh and Piet Vos", []string{"Lena Marsh", "Piet Vos"}},
		{"Lena Marsh, Reuters", []string{"Lena Marsh"}},
		{"Words: Lena Marsh", []string{"Lena Marsh"}},
		{"Text: Lena Marsh", []string{"Lena Marsh"}},
		{"By Lena Marsh •\nMarch 3, 2017", []string{"Lena Marsh"}},
		{"Lena Marsh in Rotterdam\nMon 3 Mar 2017 10.00 GMT", []string{"Lena Marsh"}},
		{"di Lena Marsh", []string{"Lena Marsh"}},
		{"Av Lena Marsh", []string{"Lena Marsh"}},
		{"Publié le 3 mars 2017 à 10h00 par Lena Marsh", []string{"Lena Marsh"}},
		{"Publicado el 3 de marzo de 2017 por Lena Marsh", []string{"Lena Marsh"}},
		{"Publié le 3 mars 2017 à 10h00", nil},
		{"Lena Marsh\nHarbour Times\nMarch 3, 2017", []string{"Lena Marsh"}},
		{"Lena Marsh\nThe Harbour Times\nMarch 3, 2017", []string{"Lena Marsh"}},
		{"Dr Lena Marsh\nMarch 3, 2017", []string{"Dr Lena Marsh"}},
		{"Prof. Lena Marsh\nMarch 3, 2017", []string{"Prof. Lena Marsh"}},
		{"Par Lena MARSH", []string{"Lena Marsh"}},
		{"Par Lena Marsh (avec John Roe et Anna Berg)", []string{"Lena Marsh", "John Roe", "Anna Berg"}},
		{"By Lena Marsh (with John Roe)", []string{"Lena Marsh", "John Roe"}},
		{"By Lena Marsh (with reporting from Piet Vos)", []string{"Lena Marsh"}},
		{"Von Lena Marsh (mit Material von dpa)", []string{"Lena Marsh"}},
		{"By Lena Marsh (with Photographs by Piet Vos)", []string{"Lena Marsh"}},
		{"By Lena Marsh (with The Associated Press)", []string{"Lena Marsh"}},
		{"By Lena Marsh (with Additional Reporting by Piet Vos)", []string{"Lena Marsh"}},
		{"Por Lena Marsh (con Información de EFE)", []string{"Lena Marsh"}},
		{"By Lena Marsh (with Video)", []string{"Lena Marsh"}},
		{"By Lena Marsh Harbour correspondent", []string{"Lena Marsh"}},
		{"By Lena Marsh and Piet Vos, Harbour correspondents", []string{"Lena Marsh", "Piet Vos"}},
		{"Reporter: Lena Marsh", []string{"Lena Marsh"}},
		{"Author(s): Lena Marsh and Piet Vos", []string{"Lena Marsh", "Piet Vos"}},
		{"Lena Marsh in Rotterdam", nil},
		{"Lena Marsh\nGetty Images", nil},
		{"Photo by Lena Marsh", nil},
	} {
		page := "North pier to be rebuilt after winter storms\n\n" + c.byline + "\n\n" + shapeBody
		if b := importShape(t, page); !reflect.DeepEqual(b.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.byline, b.Authors, c.want)
		}
	}
}

// TestStandfirstsAndLeadCaptions checks the head of an article in the
// layouts sites give it: the standfirst (dek) goes from the body to the
// briefing's Standfirst when a byline, a date alone or share buttons and
// a byline set it apart from the article, or when the article opens with
// its dateline; the lead photo's caption under the byline, a line that is
// no sentence, becomes a caption; and a name over a date under that
// caption is the byline, not the photo's credit.
func TestStandfirstsAndLeadCaptions(t *testing.T) {
	const (
		dek     = "The vote ends two years of argument over whether the town can afford a new pier."
		caption = "The old north pier, damaged by the storms of last winter"
	)
	for _, c := range []struct {
		name, head string
		authors    []string
		captions   []Caption
		standfirst string
	}{
		{"dek over a date", dek + "\n\nMarch 3, 2017", nil, nil, dek},
		{"dek, caption, name over a date", dek + "\n\n" + caption + "\n\nLena Marsh\nMarch 3, 2017", []string{"Lena Marsh"}, []Caption{{Text: caption}}, dek},
		{"byline, dek, date", "By Lena Marsh\n\n" + dek + "\n\nMarch 3, 2017", []string{"Lena Marsh"}, nil, dek},
		{"dek without a full stop, byline, caption", strings.TrimSuffix(dek, ".") + "\n\nBy Lena Marsh\nMarch 3, 2017\n\n" + caption, []string{"Lena Marsh"}, []Caption{{Text: caption}}, strings.TrimSuffix(dek, ".")},
		{"dek, share buttons, byline", dek + "\n\nShare\nTweet\n\nBy Lena Marsh\nMarch 3, 2017", []string{"Lena Marsh"}, nil, dek},
		{"dek, a trust link, byline", dek + "\n\nWhy you can trust Harbour News\n\nLena Marsh in Rotterdam\nPublished: 8:00pm, 3 Mar, 2017", []string{"Lena Marsh"}, nil, dek},
		{"byline, no dek", "By Lena Marsh\nMarch 3, 2017", []string{"Lena Marsh"}, nil, ""},
	} {
		page := "North pier to be rebuilt after years of argument\n\n" + c.head + "\n\n" + shapeBody
		b := importShape(t, page)
		body := bodyText(b)
		checkBody(t, body, []string{"years of argument over", "damaged by the storms"}, strings.Split(strings.TrimSpace(shapeBody), "\n\n"))
		if !reflect.DeepEqual(b.Authors, c.authors) {
			t.Errorf("%s: authors %q, want %q", c.name, b.Authors, c.authors)
		}
		if !reflect.DeepEqual(b.Captions, c.captions) {
			t.Errorf("%s: captions %q, want %q", c.name, b.Captions, c.captions)
		}
		if b.Standfirst != c.standfirst {
			t.Errorf("%s: standfirst %q, want %q", c.name, b.Standfirst, c.standfirst)
		}
	}
	// A standfirst over an article that opens with its dateline goes;
	// the dateline is the article's.
	page := "North pier to be rebuilt after years of argument\n\nBy Lena Marsh\nMarch 3, 2017\n\n" + dek + "\n\nROTTERDAM — " + shapeBody
	b := importShape(t, page)
	checkBody(t, bodyText(b), []string{"years of argument over"}, strings.Split(strings.TrimSpace(shapeBody), "\n\n"))
	if b.Dateline != "ROTTERDAM" || b.Standfirst != dek {
		t.Errorf("dateline %q, standfirst %q, want ROTTERDAM and the standfirst", b.Dateline, b.Standfirst)
	}
	// The article's first paragraph stays when a date stands under it
	// and no paragraph follows.
	page = "North pier to be rebuilt\n\n" + strings.Split(shapeBody, "\n\n")[0] + "\n\nMarch 3, 2017\n"
	checkBody(t, bodyText(importShape(t, page)), nil, []string{"The harbour council voted"})
}

// TestPagePromptsInTheImperative checks that a page's prompts go, by
// their grammar: an imperative alone or about the page and its services;
// and that subheadings in the imperative about the article's subject stay.
func TestPagePromptsInTheImperative(t *testing.T) {
	for _, l := range []string{"Save", "Share this", "Listen to article (2 minutes)", "Follow the topics in this article",
		"Print this page", "Unlock this article", "Get the app", "Explore more stories", "Share this story", "Subscribe"} {
		if !uiPrompt(l) {
			t.Errorf("%q is not taken for a prompt", l)
		}
	}
	for _, l := range []string{"Follow the money", "Start with the easy ones", "Add arguments to Node.js", "Read between the lines",
		"Watch the skies over the harbour", "Save the pier.", "saving the pier", "Share prices", "Open questions", "Watch list",
		"Contact tracing", "Support slips", "Get help now", "Support HuffPost"} {
		if uiPrompt(l) {
			t.Errorf("%q is taken for a prompt", l)
		}
	}
	page, paras := shapePage(map[int]string{1: "Follow the topics in this article", 2: "Follow the money"})
	checkBody(t, bodyText(importShape(t, page)), []string{"Follow the topics"}, append(paras, "Follow the money"))
}

// TestPitchesToTheReader checks that a page's pitch to its reader goes by
// its shape, whatever its words: it speaks to the reader and names two
// things a page pitches; and that an article's sentences that speak to the
// reader or quote a pitch stay.
func TestPitchesToTheReader(t *testing.T) {
	for _, l := range []string{
		"Get the Harbour Courier's best stories straight to your inbox.",
		"Love our coverage? Sign up for the morning newsletter and never miss a story you care about.",
		"Do you have a story to share? Email us at tips@example.com or get in touch on WhatsApp.",
		"You can now read every story in our app: download it free today.",
	} {
		if !readerPitch(l) {
			t.Errorf("%q is not taken for a pitch", l)
		}
		page, paras := shapePage(map[int]string{1: l})
		checkBody(t, bodyText(importShape(t, page)), []string{l}, paras)
	}
	for _, l := range []string{
		"If you want to object to the plans, you can write to the council before the end of the year.",
		"\"Sign up for the newsletter and you will hear first,\" the harbour master told the fishermen's union.",
		"The council said residents could sign up for alerts about the works on its website.",
	} {
		if readerPitch(l) {
			t.Errorf("%q is taken for a pitch", l)
		}
	}
}

// TestCaptionsOverACreditABlankLineApart checks that a credit standing
// alone a blank line under a paragraph of one sentence leaves the body as a
// photo's credit while the paragraph stays: a photo with a credit and no
// caption sits so between an article's paragraphs (the tuned page ehow-2
// has two), and so does a caption with its credit; telling them apart
// takes more than the lines' shapes. The same holds for an agency's name,
// a name alone, a paragraph of two sentences, of a quote, or at the end.
func TestCaptionsOverACreditABlankLineApart(t *testing.T) {
	const caption = "Workers clear the wreckage of the north pier after the storm."
	paras := strings.Split(strings.TrimSpace(shapeBody), "\n\n")
	page := "North pier to be rebuilt\n\nBy Lena Marsh\n\n" + paras[0] + "\n\n" + caption + "\n\nJane Roe/Harbour News\n\n" + strings.Join(paras[1:], "\n\n")
	b := importShape(t, page)
	checkBody(t, bodyText(b), []string{"Jane Roe/Harbour"}, append([]string{caption}, paras...))
	if want := []Caption{{Credit: "Jane Roe/Harbour News"}}; !reflect.DeepEqual(b.Captions, want) {
		t.Errorf("captions %q, want %q", b.Captions, want)
	}
	for _, c := range []struct{ para, credit string }{
		{"Police closed the bridge to traffic on Monday morning after a lorry caught fire on it.", "Reuters"},
		{"Police closed the bridge to traffic on Monday morning after a lorry caught fire on it.", "AFP/Reuters"},
		{"Unsplash offers millions of free photos under its own licence.", "Shutterstock"},
		{"Workers cleared the wreckage on Monday. The council paid for it.", "Jane Roe/Harbour News"},
		{"\"We will rebuild it,\" the mayor told the crowd at the pier.", "Jane Roe/Harbour News"},
	} {
		page := "North pier to be rebuilt\n\nBy Lena Marsh\n\n" + paras[0] + "\n\n" + c.para + "\n\n" + c.credit + "\n\n" + strings.Join(paras[1:], "\n\n")
		checkBody(t, bodyText(importShape(t, page)), nil, append([]string{c.para}, paras...))
	}
	for _, sub := range []string{"Background", "The Plan", "Why It Matters", "Savings", "Harbour Council"} {
		page := "North pier to be rebuilt\n\nBy Lena Marsh\nMarch 3, 2017\n\n" + paras[0] + "\n\n" + sub + "\n\n" + strings.Join(paras[1:], "\n\n")
		checkBody(t, bodyText(importShape(t, page)), nil, paras)
	}
	page = "North pier to be rebuilt\n\nBy Lena Marsh\n\n" + shapeBody + "\n\n" + caption + "\n\nJane Roe/Harbour News\n"
	checkBody(t, bodyText(importShape(t, page)), nil, append([]string{caption}, paras...))
}

// TestSiteLinesOfManySites checks that more of the lines news sites set
// around an article go wherever a reader meets them (under the byline,
// between two paragraphs, under the last), in English, Spanish,
// Portuguese, French, German, Italian, Dutch and more, with the article
// whole:
// share and save buttons, sign-in and subscription prompts, cookie and
// legal links, players, galleries, comment prompts, time stamps and
// reading times, tags and widget headings, pleas, affiliate notices and
// paywall prompts. They are written from the
// sites' common wording, none from the pages the paste measures score.
func TestSiteLinesOfManySites(t *testing.T) {
	lines := []string{
		"Listen to this article", "Listen to article", "Listen · 5:32 min", "Play audio", "Audio version", "Gift article",
		"Give this article", "Share this article", "Share on Facebook", "Share on X", "Share via email", "Copy link",
		"Link copied", "Copied!", "Save for later", "Bookmark", "Add to reading list", "Most read", "Most popular",
		"Most viewed", "Trending now", "Top stories", "Latest news", "More from Business", "Related articles",
		"Related stories", "Related topics", "Related coverage", "Also read: Ferry fares rise again",
		"READ MORE: Ferry fares rise again", "Read more: Ferry fares rise again", "RELATED: Ferry fares rise again",
		"SEE ALSO: Ferry fares rise again", "MORE: Ferry fares rise again", "Recommended", "Recommended for you",
		"Editor's picks", "Advertisement", "ADVERTISEMENT", "Sponsored", "Sponsored content",
		"Story continues below advertisement", "Article continues below", "Continue reading below",
		"Continue reading the main story", "Skip advertisement", "Subscribe now", "Subscribe to our newsletter", "Sign up",
		"Sign in", "Log in", "Register", "Already a subscriber? Log in", "Subscribe for full access",
		"This article is for subscribers only.", "Enter your email", "Email address", "Your email address",
		"By signing up you agree to our Terms of Use and Privacy Policy", "Thank you for signing up!", "Invalid email address",
		"We respect your privacy.", "Comment on this story", "Join the conversation", "Have your say",
		"Be the first to comment", "Watch", "Watch now", "Watch video", "Video", "Now playing", "Up next", "Autoplay",
		"Replay", "Mute", "Unmute", "Close", "Close ad", "Skip ad", "Ad", "Report this ad", "Feedback",
		"Was this article helpful?", "Photo", "Photos", "Gallery", "View gallery", "View all photos", "Enlarge this image",
		"Expand image", "Open image in gallery", "1 of 12", "Image 1 of 5", "Next", "Previous", "Back to top", "Top", "Menu",
		"Search", "Home", "Topics", "Tags", "Filed under", "Filed under: Transport",
		"Categories: Transport, Harbour", "Updated", "Last updated", "First published", "min read", "5 min read",
		"5 minute read", "Reading time 5 minutes", "Follow us", "Follow us on Twitter", "Like us on Facebook",
		"Follow on Google News", "Download our app", "Privacy Policy",
		"Accept cookies", "Manage preferences", "© 2024 Harbour Media Ltd", "All rights reserved", "Contact us", "About us",
		"Careers", "Advertise with us", "This article was originally published on The Conversation.",
		"Our Standards: The Thomson Reuters Trust Principles.", "Reporting by Jane Roe; Editing by John Doe",
		"Want to read more?", "Show more", "Read full article", "Updated 2 hours ago", "2 hours ago", "Add topic",
		"Follow topic", "Share", "Tweet", "Email", "Print", "Pin", "WhatsApp", "Reddit", "LinkedIn", "Image", "Hide caption",
		"Toggle caption", "Show caption", "Source: Harbour Council", "Compartir", "Comentarios", "Leer más",
		"Más noticias", "Publicidad", "Te puede interesar", "Seguir leyendo", "Suscríbete", "Iniciar sesión", "Lo más leído",
		"Últimas noticias", "Temas", "Etiquetas", "Ver más", "Cargando...", "Partager", "Lire aussi", "Publicité",
		"Abonnez-vous", "Se connecter", "Les plus lus", "Lire la suite", "Teilen", "Anzeige", "Mehr zum Thema", "Weiterlesen",
		"Kommentare", "Werbung", "Auch interessant", "Condividi", "Pubblicità", "Delen", "Advertentie", "Reacties",
		"Compartilhe", "Leia também", "Publicidade", "Comentários", "Mais lidas", "Newsletter", "Ver comentarios",
		"Seguinos en Twitter", "Recibí nuestro newsletter", "Cerrar", "Volver arriba", "Fermer", "Schließen",
		// Sentences: pleas, affiliate notices, paywalls, comment and player notices.
		"Sign up for our daily newsletter to get the latest news delivered to your inbox.",
		"Get the best of Harbour News delivered to your inbox every morning.", "Support independent journalism.",
		"Our journalism needs your support.", "Click here to subscribe.",
		"Download the Harbour News app for the latest updates.", "Follow us on Facebook and Twitter.",
		"Have a tip? Send it to tips@harbournews.example.", "We may earn a commission when you buy through links on our site.",
		"Some links in this article are affiliate links.",
		"This content is created and maintained by a third party, and imported onto this page to help users provide their email addresses.",
		"You can find more information about this and similar content at piano.io", "This article contains affiliate links.",
		"Harbour News may receive a small commission if you buy through our links.",
		"Photos: Scenes from the storm on the north pier", "PHOTOS: Scenes from the storm on the north pier",
		"LISTEN: The mayor on the pier vote", "VIDEO: The storm hits the pier", "WATCH LIVE: Council meeting",
		"MORE FROM HARBOUR NEWS:", "Sign up for the Morning Briefing newsletter", "Get our breaking news alerts",
		"Enable notifications", "Read our privacy notice", "Privacy notice",
		"Terms and conditions apply.", "Thanks for reading!",
		"Subscribe to continue reading.", "You've reached your limit of free articles.",
		"Create a free account to keep reading.", "Already have an account? Sign in", "Don't have an account? Sign up",
		"Please enable JavaScript to view the comments.", "Comments are closed.", "Comments are closed for this article.",
		"Loading comments...", "Sorry, this video is unavailable.", "This video is no longer available.",
		"Your browser does not support the video tag.", "Please wait while the video loads.",
		"Advertisement · Scroll to continue", "Article continues after advertisement", "Continue reading after the ad",
		"Story continues", "The story continues below.", "Ad Feedback", "Recommended Stories",
		"Tap here to add Harbour News to your home screen.", "Add Harbour News as a preferred source on Google",
		"Get the latest news from Harbour News on WhatsApp", "Join our Telegram channel",
		"Originally published on harbournews.example", "This story was first published by Harbour News.",
		"Suscríbete a nuestro newsletter", "Inscrivez-vous à notre newsletter", "Melden Sie sich für unseren Newsletter an",
		"Iscriviti alla newsletter", "Meld je aan voor onze nieuwsbrief", "Assine nossa newsletter",
		"Recibí en tu email las noticias más importantes", "Seguí leyendo", "Continúa leyendo",
		// Forms a first set of site pastes showed (once held out, then tuned on):
		"Get our local newsletter, delivered free each Friday",
		"Sign up for the free Harbour Daily newsletter and follow the news that matters.",
		"The Morning Briefing newsletter is our guide to the day's most important stories. Sign up here.",
		"Our editor selects her favourite stories in this weekly newsletter.",
		"Iscriviti alle newsletter del Porto. Arriva ogni giorno nella tua casella di posta.",
		"Your information is being handled in accordance with the Harbour Privacy Collection Statement.",
		"Go deeper: Insurers pull back from the coast", "Ascolta l'articolo",
		"Copyright Harbour News Limited 2023. All rights reserved.",
		"Report an editorial error",
		"Find Harbour News on WhatsApp and stay up to date",
		"By subscribing, you can help us get the story right.",
		"Sign up for Dispatches to get stories like this one as soon as they are published.",
		"Log in, register or subscribe to save articles for later.", "Normal text size", "License this article",
		// In more languages (Danish, Swedish, Finnish, Polish, Czech,
		// Hungarian, Turkish, Indonesian, Catalan): share, copy, read
		// aloud, advertisement, more to read, reading times and the time
		// of the day's stamp. (The words for comments and discussion are
		// not among them: they are subheadings of articles too.)
		"Del artiklen", "Dela", "Jaa", "Udostępnij", "Sdílet", "Megosztás", "Paylaş", "Bagikan", "Link másolása",
		"Kopiera länk", "Læs op", "Reklama", "Reklame", "Mainos", "Hirdetés", "Iklan", "Publicitat",
		"Ez is érdekelhet", "Més notícies", "Baca juga: Tarif feri naik lagi",
		"4 min čtení", "5 min lesetid", "3 dk okuma", "I dag kl. 08.31", "Opdateret i dag kl. 10.05",
		"Ouvir o texto", "Diminuir fonte", "Aumentar fonte", "Abrir menu", "Fechar",
		// Pleas and a form's states, in English and more languages.
		"Harbour News is free to read. Please support us.", "Did you like this article?",
		"You have read 5 articles in the past month.", "You will receive a verification email shortly.",
		"There was a problem. Please refresh the page and try again.", "Subscribe via email or RSS.",
		"Ha fontos számodra a független újságírás, támogass minket.", "Wesprzyj nas już dziś.",
		"(Except for the headline, this story has not been edited by Harbour News staff and is published from a syndicated feed.)",
		// Buttons, players, galleries, polls, embedded posts, prompts to
		// sign in or subscribe and links to other stories in German,
		// French, Spanish, Portuguese, Italian, Dutch and Polish, as
		// those sites word them:
		"Artikel drucken", "Artikel merken", "Beitrag speichern", "Blogartikel speichern", "Imprimir", "Imprimir artículo",
		"Guardar", "Stampa", "Stampa articolo", "Salva", "Opslaan", "Printen", "Drukuj", "Zapisz", "Enregistrer",
		"Sauvegarder l'article", "Réagir", "Commenter", "Réagir à cet article", "Comentar", "Commenta", "Reageer",
		"Skomentuj", "Jetzt abonnieren", "Mehr erfahren", "Jetzt kaufen", "In den Warenkorb", "Escuchá este artículo",
		"Escucha esta noticia", "Écouter cet article",
		"Artikel vorlesen lassen", "Ouça este artigo", "Lees voor", "Ver galería", "Galerie ansehen",
		"Bildergalerie", "Fotogalerie", "Voir la galerie", "Guarda la galleria", "Bekijk de fotoserie", "Zur Startseite",
		"Zurück zur Übersicht", "Volver a la portada", "Voltar ao início", "Torna alla home", "Vollbildansicht öffnen",
		"Bild vergrößern", "Agrandir l'image", "Ampliar imagen",
		"Zum vorherigen Slide wechseln Zum nächsten Slide wechseln", "Nächstes Bild", "Vorheriges Bild", "Image suivante",
		"Siguiente foto", "EMBED <>More Videos", "Jeszcze 3 minuty czytania", "3 Minuten Lesezeit",
		"4 minutos de lectura", "Aktivieren Sie JavaScript, um das Video zu sehen.", "Bitte aktivieren Sie JavaScript.",
		"Activez JavaScript pour voir cette vidéo.", "Activa JavaScript para ver este video.",
		"Sie haben bereits abgestimmt.", "Vielen Dank für Ihre Bewertung!", "Vous avez déjà voté.", "Gracias por tu voto.",
		"200 haben ihre Stimme bereits abgegeben", "Sieh dir diesen Beitrag auf Instagram an",
		"Voir cette publication sur Instagram",
		"Une publication partagée par Harbour News (@harbournews)", "Ver esta publicación en Instagram",
		"Una publicación compartida de Harbour News (@harbournews)", "Visualizza questo post su Instagram",
		"Ver essa foto no Instagram", "Bekijk dit bericht op Instagram",
		"This is a preview of subscription content, log in to check access.",
		"Regístrate o inicia sesión para seguir tus temas favoritos.", "Melde dich an, um Artikel zu speichern.",
		"Connectez-vous pour sauvegarder cet article.", "Este audio es una característica exclusiva para suscripciones.",
		"Dieser Artikel ist nur für Abonnenten verfügbar.", "Cet article est réservé aux abonnés.",
		"Este contenido es exclusivo para suscriptores.", "Conteúdo exclusivo para assinantes.",
		"Questo articolo è riservato agli abbonati.", "Nuestro periodismo depende de vos", "Suscribite por $195/mes",
		"Gefällt Ihnen, was Sie lesen? Teilen Sie diesen Beitrag!", "Teilen Sie diesen Artikel", "Partagez cet article",
		"Comparte este artículo", "Compartilhe esta matéria", "Condividi questo articolo", "Deel dit artikel",
		"In case you missed it", "Zobacz również", "Przeczytaj również",
		// A paywall's prompts, a save button's states, a player's reader
		// and a prompt to follow the site on Google News, in Spanish; a
		// box of labelled links to guides and explainers:
		"Si ya tenés una cuenta", "Registrate para acceder a 10 artículos gratis por mes", "ingresá",
		"Este artículo ya fue guardado. Para consultarlo en otro momento, visite su zona de usuario.",
		"El artículo no pudo ser guardado, intente nuevamente", "Reciba noticias de Harbour News desde Google News",
		"Leído por Jana Vogler.",
		"A SIMPLE GUIDE: How do the night ferries run?\nAVOIDING DELAYS: The rules on booking a crossing\nLOOK-UP TOOL: Check the timetable for your island",
		// A cookie banner's text and buttons, a comment form's, legal and
		// contact links, share and copy buttons, back-to-top links and
		// boxes of other stories, in the same languages:
		"Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können.",
		"Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.",
		"Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
		"Utilizamos cookies para melhorar a sua experiência.",
		"Questo sito utilizza cookie per migliorare la tua esperienza.",
		"Wij gebruiken cookies om onze website te verbeteren.", "Alle akzeptieren", "Tout accepter", "Aceptar todo",
		"Aceitar todos", "Accetta tutti", "Alles accepteren", "Einstellungen verwalten", "Paramétrer les cookies",
		"Configurar cookies", "Datenschutzerklärung", "Politique de confidentialité", "Política de privacidad",
		"Política de privacidade", "Informativa sulla privacy", "Impressum", "Mentions légales", "Aviso legal",
		"Nous contacter", "Contacto", "Fale conosco", "Alle Rechte vorbehalten.", "Tous droits réservés.",
		"Todos los derechos reservados.", "Todos os direitos reservados.", "Tutti i diritti riservati.",
		"Alle rechten voorbehouden.", "Schreiben Sie einen Kommentar", "Kommentar abschicken",
		"Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Votre adresse e-mail ne sera pas publiée.",
		"Tu dirección de correo electrónico no será publicada.", "O seu endereço de email não será publicado.",
		"Il tuo indirizzo email non sarà pubblicato.", "Je e-mailadres wordt niet gepubliceerd.", "Lascia un commento",
		"Reageer op dit artikel", "Antworten", "Répondre", "Responder", "Rispondi", "Beantwoorden",
		"Inscreva-se na newsletter", "Jetzt registrieren", "Créer un compte", "Crear una cuenta", "Criar conta",
		"Anmelden oder registrieren", "Artigos relacionados", "Articoli correlati", "Gerelateerde artikelen",
		"Vous aimerez aussi", "Você também pode gostar", "Potrebbe interessarti anche",
		"Dit vind je misschien ook interessant", "Terug naar boven", "Teilen auf Facebook", "Partager sur Facebook",
		"Compartir en Facebook", "Compartilhar no Facebook", "Condividi su Facebook", "Delen op Facebook",
		"Auf WhatsApp teilen", "Per E-Mail versenden", "Envoyer par e-mail", "Enviar por correo", "Enviar por e-mail",
		"Invia per email", "Copia link", "Kopieer link", "Mit Material von dpa", "Avec AFP", "Annonce",
		"© dpa-infocom, dpa:240304-99-123456/2", "dpa:240304-99-123456/2", "Ein Service von dpa-infocom", "(jd)", "(jd/dpa)",
		"Advertisement - Scroll to Continue", "Artikel wird unter der Werbung fortgesetzt", "Weiterlesen nach der Anzeige",
		"Der Artikel wird nach der Anzeige fortgesetzt", "Empfehlungen der Redaktion", "Mehr aus dem Ressort", "Zum Thema",
		"Schlagworte", "Feedback senden", "Fehler melden", "Haben Sie einen Fehler gefunden?", "Jetzt weiterlesen",
		"Kommentare anzeigen", "Sie haben bereits ein Abo? Hier anmelden", "Weiterlesen mit Plus", "Zur Merkliste hinzufügen",
		"Symbolbild", "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
		"Want all of The Times? Subscribe.", "Get the best of the Harbour Times in your inbox", "Notify me of new posts by email.",
		"Your email address will not be published. Required fields are marked *", "Tagged: ferries, harbour",
		"We are having trouble retrieving the article content.", "Thank you for your patience while we verify access.",
		"skip past newsletter promotion", "Our journalism depends on your support", "Contribute", "Text size", "Editor's Choice",
		"Top Picks", "La suite après cette publicité", "L'article continue après la publicité", "Continua após a publicidade",
		"Reclame", "Ajouter à vos sélections", "Déjà abonné ? Se connecter", "Já é assinante? Faça login",
		"La suite est réservée aux abonnés.", "Para seguir leyendo, suscríbete", "Únete a la conversación",
		"Il vous reste 75% de cet article à lire.", "Recevez chaque matin l'essentiel de l'actualité",
		"Vous avez choisi de refuser les cookies", "Tempo di lettura: 3 minuti", "Contenus sponsorisés", "Contenido patrocinado",
		"Nos partenaires", "Te recomendamos", "I più letti", "Najpopularniejsze",
	}
	for _, l := range lines {
		for _, at := range []int{-1, 1, 3} {
			page, paras := shapePage(map[int]string{at: l})
			checkBody(t, bodyText(importShape(t, page)), []string{l}, paras)
		}
	}
}

// TestImageSourceOverItsCaption checks that a photo's source line over
// its caption line, as a page labels them for screen readers ("Image
// source, …" over "Image caption, …"), is one caption with its credit,
// at the head of the article and between its paragraphs.
func TestImageSourceOverItsCaption(t *testing.T) {
	pair := "Image source, Harbour Press\nImage caption, The old north pier after the storms of last winter"
	for _, at := range []int{0, 2} {
		page, paras := shapePage(map[int]string{at: pair})
		b := importShape(t, page)
		checkBody(t, bodyText(b), []string{"Image source", "Image caption", "north pier after the storms"}, paras)
		want := []Caption{{Text: "The old north pier after the storms of last winter", Credit: "Harbour Press"}}
		if !reflect.DeepEqual(b.Captions, want) {
			t.Errorf("pair at %d: captions %q, want %q", at, b.Captions, want)
		}
	}
}
