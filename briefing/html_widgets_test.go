package briefing

import (
	"strings"
	"testing"
)

// playerPage is an article with an embedded video player (a video.js
// control bar and its caption settings dialog), the link card WordPress
// sets for another post it embeds, and a recommendation network's box
// under it.
const playerPage = `<html><head><title>Harbour strike ends</title></head><body><article>
<h1>Harbour strike ends after night talks</h1>
<p>Dock workers ended a nine-day strike on Wednesday after talks that ran through the night, the union said, reopening the port to traffic.</p>
<div class="video-js vjs-paused" role="region" aria-label="video player"><video src="a.mp4"></video>
<div class="vjs-control-bar" role="group"><span class="vjs-control-text">Play</span>
<div class="vjs-current-time"><span class="vjs-control-text">Current Time </span>0:00</div>
<div class="vjs-progress-holder" role="slider">Loaded: 0% Progress: 0%</div>
<span class="vjs-control-text">Fullscreen</span></div>
<div class="vjs-caption-settings" role="dialog"><label>Foreground</label><label>Font Family</label></div></div>
<p>Crews on the new night routes will be paid a supplement of forty percent and will work no more than four night shifts in a row, the authority said.</p>
<p>Shipping lines had diverted more than sixty vessels to other ports during the strike, and the backlog will take a week to clear.</p>
<blockquote class="wp-embedded-content" data-secret="x1"><p><a href="https://example.org/2019/ferries/">New ferries for the island routes</a></p></blockquote>
<div class="zergnet-widget"></div><div class="zergnet-pw">Promoted By Zergnet</div>
</article></body></html>`

func TestSavedPageDropsPlayerControlsAndNetworkBoxes(t *testing.T) {
	b, err := Import("page.html", []byte(playerPage))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	for _, junk := range []string{"Play", "Current Time", "Progress", "Fullscreen", "Foreground", "Font Family", "Zergnet", "New ferries"} {
		if strings.Contains(body, junk) {
			t.Errorf("body keeps %q:\n%s", junk, body)
		}
	}
	for _, keep := range []string{"nine-day strike", "forty percent", "sixty vessels"} {
		if !strings.Contains(body, keep) {
			t.Errorf("body lost %q:\n%s", keep, body)
		}
	}
}

// TestSavedPageDropsTimeStamps reads an article whose header sets the
// time of day, and the published and modified dates, as lines of their
// own, and a date as the one item of a list beside share icons (as
// nytimes sets it), and whose text holds a time in a sentence and a list
// of dates, which stay.
func TestSavedPageDropsTimeStamps(t *testing.T) {
	page := `<html><head><title>Harbour strike ends</title></head><body><article>
<h1>Harbour strike ends after night talks</h1>
<p><span><time class="c-byline__time">1:39 PM ET</time></span></p>
<div><time datetime="2016-12-22">22 Dec, 2016</time> <time datetime="2016-12-22T18:59">22 Dec, 2016</time></div>
<ul class="meta"><li><time datetime="2016-12-21">Dec. 21, 2016</time></li><li><svg></svg><a href="#"><svg></svg></a></li></ul>
<p>Dock workers ended a nine-day strike on Wednesday after talks that ran until <time>4 a.m.</time>, the union said, reopening the port.</p>
<p>Crews on the new night routes will be paid a supplement of forty percent and will work no more than four night shifts in a row.</p>
<ul><li><time>March 3</time></li><li><time>March 9</time></li></ul>
<p>Shipping lines had diverted more than sixty vessels to other ports during the strike, and the backlog will take a week to clear.</p>
</article></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	if strings.Contains(body, "1:39") || strings.Contains(body, "22 Dec") || strings.Contains(body, "Dec. 21") || !strings.Contains(body, "until 4 a.m., the union") || !strings.Contains(body, "March 9") {
		t.Errorf("body:\n%s", body)
	}
}

// TestSavedPageCaptionsByClass reads captions and credits set in elements
// whose class names them, outside <figcaption>: under a photo, run into
// the first paragraph, and as an embed's label; a list item made of a
// captioned picture keeps its text.
func TestSavedPageCaptionsByClass(t *testing.T) {
	long := "Most people go to hotels for the pleasure of sleeping in a giant bed with clean white sheets and waking up to fresh towels."
	page := `<html><head><title>Hotel secrets</title></head><body><article><h1>Seven hotel secrets</h1>
<p><span class="storyimage"><img src="a.jpg" alt=""></span><span class="caption truncate"><span class="attribution">© Provided by Agency</span> Company/Other</span> ` + long + `</p>
<div class="media"><img src="b.jpg" alt="blanket.jpg"></div><div class="dnd-caption-wrapper">Even posh hotels might not wash a blanket in between stays</div>
<p>` + long + `</p>
<p class="article_caption_w_attr"><span class="buzz_attribution">West County Police</span></p>
<ul><li><div class="wp-caption"><img src="c.png" alt=""><p class="wp-caption-text">Users who run several profiles will see this less!</p></div></li></ul>
<p>` + long + `</p></article></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	for _, junk := range []string{"Provided by", "Company/Other", "posh hotels", "West County Police"} {
		if strings.Contains(body, junk) {
			t.Errorf("body keeps %q:\n%s", junk, body)
		}
	}
	if !strings.Contains(body, "Users who run several profiles") || !strings.HasPrefix(b.Sections[0].Paragraphs[0], "Most people go to hotels") {
		t.Errorf("body:\n%s", body)
	}
}

// TestSavedPageQuoteAttributionIsNoCaption checks that a quote's
// attribution a page marks with the class "attribution", naming its
// speaker in <cite>, stays with the quote: no caption, and the quote keeps
// its speaker.
func TestSavedPageQuoteAttributionIsNoCaption(t *testing.T) {
	long := "The council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million."
	page := `<html><head><title>Pier</title></head><body><article><h1>North pier to be rebuilt</h1><p>` + long + `</p>
<blockquote><p>“We will rebuild it stone by stone, as our grandparents did.”</p></blockquote>
<p class="attribution">&mdash; <cite>Sophie van Dijk</cite>, who chairs the harbour trust</p>
<p>` + long + `</p></article></body></html>`
	b, err := Import("quote.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Captions) != 0 {
		t.Errorf("captions %+v", b.Captions)
	}
	if !strings.Contains(bodyText(b), "Sophie van Dijk") {
		t.Errorf("the attribution left the body:\n%s", bodyText(b))
	}
}
