package browsertest

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match/server"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

// chromium finds the browser, or skips (fails under CI=true).
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("IPSMATCH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium found and CI=true: install Debian's chromium (.ci/browser.sh) or set IPSMATCH_CHROMIUM")
	}
	t.Skip("no Chromium found: apt-get install -y chromium, or set IPSMATCH_CHROMIUM, to run the browser tests")
	return ""
}

// shots is where screenshots go: IPSMATCH_SCREENSHOTS, or a temporary
// folder; never the source tree.
func shots(t *testing.T) string {
	dir := os.Getenv("IPSMATCH_SCREENSHOTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

type site struct {
	ws      *workspace.Workspace
	url     string
	token   string
	shotDir string
}

func newSite(t *testing.T) *site {
	t.Helper()
	ws, err := workspace.Open(context.Background(), workspace.Options{Data: "../testdata/town", Today: civil.MustParse("2026-11-30")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	toks, err := server.OpenTokens("")
	if err != nil {
		t.Fatal(err)
	}
	secret, _, err := toks.Create(server.RoleSpecialist, "anna.rossi", "browser test")
	if err != nil {
		t.Fatal(err)
	}
	h, err := server.New(ws, server.Options{Tokens: toks, Today: ws.Today})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h) // 127.0.0.1, a random port
	t.Cleanup(ts.Close)
	return &site{ws: ws, url: ts.URL, token: secret, shotDir: shots(t)}
}

func (s *site) contacts(t *testing.T) int {
	t.Helper()
	cs, err := s.ws.Store.Contacts(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return len(cs)
}

func (s *site) shot(name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		buf, err := chromedp.FullScreenshot(100)(ctx, t) // quality 100 is PNG
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(s.shotDir, name), buf, 0o644)
	})
}

// browser starts an en-GB Chromium; the first run has no timeout, since
// it would stop the whole browser, so each step gets its own (see step).
func browser(t *testing.T) context.Context {
	t.Helper()
	return browserIn(t, "en-GB")
}

// browserIn starts a Chromium whose user speaks lang.
func browserIn(t *testing.T, lang string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.WindowSize(1200, 900),
		chromedp.Flag("lang", lang),
		chromedp.Flag("accept-lang", lang),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", chromium(t), err)
	}
	return ctx
}

func step(t *testing.T, ctx context.Context, name string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(sctx, actions...); err != nil {
		// Keep what the page showed, to see why.
		if buf, serr := chromedp.Run(ctx, chromedp.FullScreenshot(100)); serr == nil {
			_ = os.WriteFile(filepath.Join(os.TempDir(), "ipsmatch-failed-step.png"), buf, 0o644)
		}
		t.Fatalf("%s: %v (the page as it was: %s)", name, err, filepath.Join(os.TempDir(), "ipsmatch-failed-step.png"))
	}
}

func get[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(sctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return get(t, ctx, "text of "+sel, chromedp.Text(chromedp.CSS(sel)))
}

func media(m string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m})
		return err
	})
}

// TestSpecialistPaths walks a specialist's day through the page.
func TestSpecialistPaths(t *testing.T) {
	s := newSite(t)
	ctx := browser(t)
	// Sign in with a token: the caseload shows anna's clients, not marco's.
	step(t, ctx, "sign in",
		chromedp.Navigate(s.url+"/"),
		chromedp.WaitVisible(chromedp.ID("token")),
		chromedp.SendKeys(chromedp.ID("token"), s.token),
		chromedp.Click(chromedp.CSS(`#signin-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("table tbody tr")),
		s.shot("caseload.png"))
	txt := text(t, ctx, "#page")
	if !strings.Contains(txt, "luca") || !strings.Contains(txt, "marta") || strings.Contains(txt, "sofia") {
		t.Errorf("caseload shows:\n%s", txt)
	}
	if !strings.Contains(txt, "working now") {
		t.Errorf("marta's job start is flagged: %s", txt)
	}

	// Open a client and see the matches with the action allowed.
	step(t, ctx, "open marta",
		chromedp.Click(chromedp.CSS(`a[href="#/client/marta"]`)),
		chromedp.WaitVisible(chromedp.CSS("ol.results li")),
		chromedp.WaitVisible(chromedp.CSS("svg.map")),
		s.shot("client-marta.png"))
	txt = text(t, ctx, "#page")
	if !strings.Contains(txt, "Baker") || !strings.Contains(txt, "advocate") {
		t.Errorf("marta's matches lack the vacancy or the action:\n%s", txt)
	}

	// Record an allowed contact: marta chose full disclosure.
	before := s.contacts(t)
	step(t, ctx, "allowed contact",
		chromedp.SetValue(chromedp.ID("c-employer"), "bakery"),
		chromedp.SetValue(chromedp.ID("c-purpose"), "present_candidate"),
		chromedp.Click(chromedp.CSS(`#contact-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#contact-status .notice.ok")))
	if txt = text(t, ctx, "#contact-status"); !strings.Contains(txt, "recorded") || s.contacts(t) != before+1 {
		t.Errorf("allowed contact: %q, %d stored", txt, s.contacts(t)-before)
	}

	// Then one luca's choice forbids: the refusal shows, nothing is stored.
	before = s.contacts(t)
	step(t, ctx, "forbidden contact",
		chromedp.Navigate(s.url+"/#/client/luca"),
		chromedp.WaitVisible(chromedp.ID("contact-form")),
		chromedp.SetValue(chromedp.ID("c-purpose"), "present_candidate"),
		chromedp.Click(chromedp.CSS(`#contact-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#contact-status .notice.error")),
		chromedp.ScrollIntoView(chromedp.ID("contact-status")),
		s.shot("client-luca-refused.png"))
	if txt = text(t, ctx, "#contact-status"); !strings.Contains(txt, "disclosure choice forbids") {
		t.Errorf("refusal does not say why: %q", txt)
	}
	if n := s.contacts(t); n != before {
		t.Errorf("a refused contact was stored (%d)", n-before)
	}

	// Print the week's visit sheet.
	step(t, ctx, "visit sheet",
		chromedp.Navigate(s.url+"/#/plan"),
		chromedp.WaitVisible(chromedp.ID("print")))
	if txt = text(t, ctx, "#page"); !strings.Contains(txt, "Visit sheet: anna.rossi") || !strings.Contains(txt, "Market Verde") ||
		!strings.Contains(txt, "Piazza Verde 1") || !strings.Contains(txt, "Paolo Verdi") || !strings.Contains(txt, "nadia") {
		t.Errorf("visit sheet:\n%s", txt)
	}
	pdf := get(t, ctx, "print to PDF", chromedp.PrintToPDF())
	if !bytes.HasPrefix(pdf, []byte("%PDF")) || len(pdf) < 1000 {
		t.Errorf("printing gave %d bytes, not a PDF", len(pdf))
	}
	if err := os.WriteFile(filepath.Join(s.shotDir, "visit-sheet.pdf"), pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	step(t, ctx, "print media", media("print"), s.shot("visit-sheet-print.png"))
	if shown := get(t, ctx, "nav in print", chromedp.Evaluate[bool](`getComputedStyle(document.querySelector("header.top")).display !== "none"`)); shown {
		t.Error("the navigation prints on the visit sheet")
	}
	step(t, ctx, "screen media", media(""))

	// Open an employer page and the dashboard.
	step(t, ctx, "employer",
		chromedp.Navigate(s.url+"/#/employer/bakery"),
		chromedp.WaitVisible(chromedp.CSS("#page h2 + ul")))
	if txt = text(t, ctx, "#page"); !strings.Contains(txt, "Forno Sole") || !strings.Contains(txt, "job start: client marta") {
		t.Errorf("employer page:\n%s", txt)
	}
	step(t, ctx, "dashboard",
		chromedp.Navigate(s.url+"/#/dashboard"),
		chromedp.WaitVisible(chromedp.CSS("svg.chart")),
		s.shot("dashboard.png"))
	charts := get(t, ctx, "charts", chromedp.Evaluate[int](`document.querySelectorAll("svg.chart").length`))
	if txt = text(t, ctx, "#page"); charts != 4 || !strings.Contains(txt, "target 6") {
		t.Errorf("dashboard has %d charts:\n%s", charts, txt)
	}
	t.Logf("screenshots in %s", s.shotDir)
}
