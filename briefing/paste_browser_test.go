package briefing

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"
)

// browserNames are the programs tried, in order, for a browser that copies
// pages as people do; BRIEF_BROWSER names another.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "chrome", "headless-shell"}

// findBrowser returns the path of a Chromium-based browser, or "".
func findBrowser() string {
	if p := os.Getenv("BRIEF_BROWSER"); p != "" {
		return p
	}
	for _, n := range browserNames {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// copySelectionJS selects the whole page and returns what the browser
// copies of it, as a person's ctrl+a, ctrl+c would. The page is read as
// saved, with its scripts off: <noscript> boxes, which a reader with
// scripts on never sees, are hidden, and so is nothing else. A page that
// hides its body until its scripts have run (an "anti-flicker" snippet) is
// shown, as its scripts would show it. When the browser gives no selection
// (a page that forbids selecting its text), the page's innerText stands in.
const copySelectionJS = `(() => {
	const hide = document.createElement('style');
	hide.textContent = 'noscript { display: none !important; }';
	document.head.appendChild(hide);
	if (!document.body.innerText.trim()) {
		const show = document.createElement('style');
		show.textContent = 'html, body { visibility: visible !important; opacity: 1 !important; }';
		document.head.appendChild(show);
	}
	const sel = window.getSelection();
	sel.removeAllRanges();
	const r = document.createRange();
	r.selectNodeContents(document.body);
	sel.addRange(r);
	return sel.toString() || document.body.innerText;
})()`

// browserCopies opens each named readability page in a headless browser,
// offline, and returns the text it copies of each (see copySelectionJS).
// A page the browser cannot open is logged and left out.
func browserCopies(t *testing.T, browser string, names []string) map[string]string {
	dir, err := filepath.Abs(needShared(t, "testdata/readability"))
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("starting %s: %v", browser, err)
	}
	out := make([]string, len(names))
	work := make(chan int)
	var wg sync.WaitGroup
	for range browserTabs {
		wg.Go(func() {
			for i := range work {
				tctx, cancelTab := chromedp.NewContext(bctx)
				ctx, cancelTime := context.WithTimeout(tctx, 30*time.Second)
				text, err := copyPage(ctx, "file://"+filepath.Join(dir, names[i], "source.html"))
				cancelTime()
				cancelTab()
				if err != nil {
					t.Logf("%s: the browser could not copy the page: %v", names[i], err)
					continue
				}
				out[i] = text + "\n"
			}
		})
	}
	for i := range names {
		work <- i
	}
	close(work)
	wg.Wait()
	copies := map[string]string{}
	for i, n := range names {
		if out[i] != "" {
			copies[n] = out[i]
		}
	}
	return copies
}

// browserTabs is how many pages the browser copies at once.
const browserTabs = 2

// copyPage opens a page in the browser's tab, offline and with its
// scripts off, and returns what the browser copies of it.
func copyPage(ctx context.Context, url string) (string, error) {
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		return "", err
	}
	block := network.SetBlockedURLsParams{URLPatterns: []*network.BlockPattern{
		{URLPattern: "http://*", Block: true}, {URLPattern: "https://*", Block: true},
	}} // offline: the page as saved, nothing fetched
	if _, err := chromedp.Call(ctx, network.SetBlockedURLs, block); err != nil {
		return "", err
	}
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		return "", err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return "", err
	}
	// The page is copied once it is loaded and two copies a moment apart
	// agree: on a loaded machine a large page may still be laid out when
	// its load event fires, and a copy then misses part of it.
	var last string
	for range maxCopyTries {
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.readyState === "complete"`, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
			return "", err
		}
		text, err := chromedp.Run(ctx, chromedp.Evaluate[string](copySelectionJS))
		if err != nil || text == last {
			return text, err
		}
		last = text
		time.Sleep(copySettle)
	}
	return last, nil
}

// How copyPage waits for a page to settle: the most copies it takes, and
// the pause between two.
const (
	maxCopyTries = 5
	copySettle   = 200 * time.Millisecond
)

// TestBrowserCopiedPastes pastes the news and blog pages (and the extra
// article pages) as a real browser copies them, from the headline to the
// last paragraph: Chromium, offline, with the page's scripts off, ctrl+a
// and the selection's text. The pastes of TestPastedPages come from a
// model of that copy; this measures brief on the browser's own, whose line
// breaks and blocks differ (a heading on the line right over its first
// paragraph, a code block line by line). Tuned pages are logged when
// anything is missed, held-out pages only in sum.
func TestBrowserCopiedPastes(t *testing.T) {
	if testing.Short() {
		t.Skip("the browser-copied pages take a few seconds")
	}
	needShared(t, "testdata/readability")
	browser := findBrowser()
	if browser == "" {
		t.Skip("no Chromium-based browser on PATH (set BRIEF_BROWSER=path to name one): the browser-copied pastes are not measured")
	}
	names := append(append([]string(nil), pastePages...), extraPastePages...)
	copies := browserCopies(t, browser, names)
	cases := pasteCasesCopiedBy(t, names, func(name string, _ *html.Node) string { return copies[name] })
	scoreCopiedPastes(t, cases, browserFloors)
}

// browserFloors are the least tuned figures TestBrowserCopiedPastes
// accepts: what the rules reach on the browser's copies.
var browserFloors = pasteFloor{titles: 0.95, authors: 0.85, keptMedian: 0.99, keptMin: 0.88, junkMedian: 1, junkPages: 0.2}
