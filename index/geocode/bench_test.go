package geocode

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// writeRealisticDumps writes files the size of Italy's: ~18,000 postal
// rows and ~50,000 populated places with alternate names.
func writeRealisticDumps(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	rng := rand.New(rand.NewPCG(12, 1))
	write := func(name string, n int, row func(i int) string) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			b.Fatal(err)
		}
		w := bufio.NewWriter(f)
		for i := range n {
			w.WriteString(row(i))
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	lat := func() float64 { return 36.6 + rng.Float64()*10.5 }
	lon := func() float64 { return 6.6 + rng.Float64()*12 }
	write("IT.txt", 18000, func(i int) string {
		return fmt.Sprintf("IT\t%05d\tLocalità %d\tRegione\t%02d\tProvincia\t%s\tComune %d\t%06d\t%.4f\t%.4f\t4\n",
			10000+i*4, i, i%20, prov(i), i/3, i/3, lat(), lon())
	})
	write("IT-places.txt", 50000, func(i int) string {
		return fmt.Sprintf("%d\tPaese %s\tPaese %s\tPaesello %s,Pais %s,Dorf %s\t%.5f\t%.5f\tP\tPPL\tIT\t\t%02d\t%s\t%06d\t\t%d\t\t100\tEurope/Rome\t2024-01-01\n",
			3000000+i, alpha(i), alpha(i), alpha(i), alpha(i), alpha(i), lat(), lon(), i%20, prov(i), i, rng.IntN(50000))
	})
	return dir
}

// BenchmarkLoadGazetteer measures loading Italy-sized dumps and the heap
// the loaded gazetteer keeps.
func BenchmarkLoadGazetteer(b *testing.B) {
	dir := writeRealisticDumps(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := LoadGazetteer(ctx, dir); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	g, _ := LoadGazetteer(ctx, dir)
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-kept")
	runtime.KeepAlive(g)
}

func BenchmarkGazetteerGeocode(b *testing.B) {
	g, err := LoadGazetteer(context.Background(), writeRealisticDumps(b))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for b.Loop() {
		if _, err := g.Geocode(ctx, "Via Roma 3, Paese "+alpha(4711)+" ("+prov(4711)+")"); err != nil {
			b.Fatal(err)
		}
	}
}

// prov is a two-letter province code, 107 of them as in Italy.
func prov(i int) string { n := i % 107; return string(rune('A'+n/26)) + string(rune('A'+n%26)) }

// alpha writes i in letters, as town names have no digits.
func alpha(i int) string {
	b := []byte{}
	for {
		b = append(b, byte('a'+i%26))
		i /= 26
		if i == 0 {
			return string(b)
		}
	}
}
