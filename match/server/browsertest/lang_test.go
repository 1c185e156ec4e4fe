package browsertest

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// chooseLang picks a language in the page's selector, as a user would.
func chooseLang(code string) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](`(() => { const s = document.getElementById("lang"); s.value = "` + code + `"; s.dispatchEvent(new Event("change")); })()`)
}

// heading waits until the page's heading reads want.
func heading(want string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](`(document.querySelector("#page h1") || {}).textContent === "` + want + `"`)
}

// TestPageSpeaksItalian switches an English browser's page to Italian: the
// page's labels and the reasons the API gives are both Italian, and the
// choice survives a reload.
func TestPageSpeaksItalian(t *testing.T) {
	s := newSite(t)
	ctx := browser(t) // the browser asks for en-GB
	step(t, ctx, "sign in in English",
		chromedp.Navigate(s.url+"/"),
		chromedp.WaitVisible(chromedp.ID("token")),
		chromedp.SendKeys(chromedp.ID("token"), s.token),
		chromedp.Click(chromedp.CSS(`#signin-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("table tbody tr")),
		heading("Caseload"))
	if l := get(t, ctx, "html lang", chromedp.Evaluate[string](`document.documentElement.lang`)); l != "en" {
		t.Errorf("an en-GB browser gets <html lang=%q>", l)
	}

	step(t, ctx, "choose Italian",
		chooseLang("it"),
		heading("Utenti in carico"),
		chromedp.WaitVisible(chromedp.CSS("table tbody tr")),
		s.shot("caseload-it.png"))
	if l := get(t, ctx, "html lang", chromedp.Evaluate[string](`document.documentElement.lang`)); l != "it" {
		t.Errorf("<html lang=%q> after choosing Italian", l)
	}
	if txt := text(t, ctx, "#page"); !strings.Contains(txt, "30/11/2026") || !strings.Contains(txt, "Giorni dalla presa in carico") || !strings.Contains(txt, "lavora ora") {
		t.Errorf("Italian caseload:\n%s", txt)
	}
	if got := text(t, ctx, `label[for="lang"]`); got != "Lingua" {
		t.Errorf("the selector's label is %q", got)
	}
	if got := get(t, ctx, "nav label", chromedp.Evaluate[string](`document.getElementById("nav").getAttribute("aria-label")`)); got != "Menu principale" {
		t.Errorf("the navigation's screen-reader label is %q", got)
	}

	// nadia walks to work: the API's reasons say how long on foot.
	step(t, ctx, "open nadia in Italian",
		chromedp.Click(chromedp.CSS(`a[href="#/client/nadia"]`)),
		chromedp.WaitVisible(chromedp.CSS("ol.results li")),
		chromedp.WaitVisible(chromedp.CSS("svg.map")),
		s.shot("client-nadia-it.png"))
	reasons := text(t, ctx, "ol.results")
	if !strings.Contains(reasons, "a piedi") || strings.Contains(reasons, "on foot") {
		t.Errorf("nadia's reasons are not the API's Italian:\n%s", reasons)
	}
	if txt := text(t, ctx, "#page"); !strings.Contains(txt, "Offerte di lavoro migliori") || !strings.Contains(txt, "L'operatore IPS può presentare l'utente (solo come partecipante") ||
		!strings.Contains(txt, "Registra un contatto con un datore di lavoro") {
		t.Errorf("nadia's page lacks its Italian labels:\n%s", txt)
	}

	// The choice is remembered: a reload stays Italian.
	step(t, ctx, "reload",
		chromedp.Reload(),
		chromedp.WaitVisible(chromedp.CSS("ol.results li")),
		heading("Utente nadia"))
}

// TestPageFollowsTheBrowsersLanguage: a Danish browser gets the page in
// Danish, dates included, without touching the selector.
func TestPageFollowsTheBrowsersLanguage(t *testing.T) {
	s := newSite(t)
	ctx := browserIn(t, "da-DK")
	step(t, ctx, "sign in in Danish",
		chromedp.Navigate(s.url+"/"),
		chromedp.WaitVisible(chromedp.ID("token")),
		chromedp.SendKeys(chromedp.ID("token"), s.token),
		chromedp.Click(chromedp.CSS(`#signin-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("table tbody tr")),
		heading("Sagsstamme"),
		s.shot("caseload-da.png"))
	if l := get(t, ctx, "html lang", chromedp.Evaluate[string](`document.documentElement.lang`)); l != "da" {
		t.Errorf("a da-DK browser gets <html lang=%q>", l)
	}
	if txt := text(t, ctx, "#page"); !strings.Contains(txt, "30.11.2026") || !strings.Contains(txt, "Dage siden indskrivning") {
		t.Errorf("Danish caseload:\n%s", txt)
	}
}
