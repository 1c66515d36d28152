package demos

import (
	"strings"
	"testing"
	"time"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

// stack makes the next games deal these cards first: the player's two are
// the first and third, the dealer's the second and fourth.
func stack(t *testing.T, codes ...string) {
	old := newDeck
	t.Cleanup(func() { newDeck = old })
	newDeck = func() []card {
		deck := createDeck()
		var top []card
		for _, code := range codes {
			for i, c := range deck {
				if c.Code == code {
					top = append(top, c)
					deck = append(deck[:i], deck[i+1:]...)
					break
				}
			}
		}
		return append(top, deck...)
	}
}

func TestHandValue(t *testing.T) {
	for _, c := range []struct {
		codes []string
		want  int
	}{{[]string{"AS", "KH"}, 21}, {[]string{"AS", "AH"}, 12}, {[]string{"AS", "9H", "5C"}, 15}, {[]string{"0D", "7C"}, 17}} {
		var hand []card
		for _, code := range c.codes {
			for _, d := range createDeck() {
				if d.Code == code {
					hand = append(hand, d)
				}
			}
		}
		if v := handValue(hand); v != c.want {
			t.Errorf("%v: %d, want %d", c.codes, v, c.want)
		}
	}
	if n := len(createDeck()); n != 52 {
		t.Errorf("%d cards", n)
	}
}

func TestBlackjackBust(t *testing.T) {
	stack(t, "KS", "7H", "QD", "9C", "5S")
	srv := catalogtest.Serve(t, Blackjack)
	p := srv.Open("/")
	p.ShouldSee("Hand value: 20")
	if again := p.ByText("Play Again"); !strings.Contains(again.Class, "hidden") {
		t.Errorf("Play Again shows: %q", again.Class)
	}
	p.Click(p.ByText("Hit"))
	p.ShouldSee("YOU HAVE BUSTED, Hand value: 25")
	p.ShouldSee("YOU LOST, Your hand: 25, Dealer's hand: 16")
	if hit := p.ByText("Hit"); hit.Attr("disabled") == "" && !strings.Contains(hit.Class, "cursor-not-allowed") {
		t.Errorf("Hit is not disabled: %v", hit.Attrs)
	}
	if again := p.ByText("Play Again"); strings.Contains(again.Class, "hidden") {
		t.Errorf("Play Again is hidden: %q", again.Class)
	}
	if status, body := p.User().Get("/cards/5S.svg"); status != 200 || !strings.Contains(string(body), "♠") {
		t.Errorf("the five of spades: %d", status)
	}
	if status, _ := p.User().Get("/cards/XX.svg"); status != 404 {
		t.Errorf("no such card: %d", status)
	}
}

func TestBlackjackStand(t *testing.T) {
	dealPause = time.Millisecond
	stack(t, "KS", "6H", "QD", "9C", "5S") // the dealer has 15, draws the 5: 20 to 20
	p := catalogtest.Open(t, Blackjack)
	images := p.All("img")
	if len(images) != 5 || images[0].Attr("src") != "cards/back.svg" || !strings.Contains(images[1].Class, "hidden") {
		t.Fatalf("the deal: %v", images)
	}
	for _, img := range images {
		if tr := img.Attr("data-transition"); !strings.Contains(tr, `"load_start":"transform scale-x-0"`) || !strings.Contains(tr, `"enter_end":"transform scale-x-100"`) {
			t.Fatalf("a card's transition: %q", tr)
		}
	}
	p.Click(p.ByText("Stand"))
	p.WaitFor("IT IS A DRAW, Your hand: 20, Dealer's hand: 20")
	images = p.All("img")
	if len(images) != 6 || !strings.Contains(images[0].Class, "hidden") || images[1].Class != "ml-2" {
		t.Errorf("after standing: the back %q, the card face down %q, %d cards", images[0].Class, images[1].Class, len(images))
	}
}
