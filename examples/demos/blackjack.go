package demos

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// JustPy's blackjack deals from deckofcardsapi.com and shows that site's
// card pictures; this port shuffles a deck of its own and draws each card
// as SVG, served by the program at cards/CODE.svg, so that it needs no
// network and no pictures of unknown licence.

const (
	cardSize = 0.5
)

var (
	cardWidth  = int(226 * cardSize)
	cardHeight = int(float64(cardWidth) * 314 / 226)
)

// dealPause is the dealer's pause between cards; tests shorten it.
var dealPause = 1100 * time.Millisecond

const buttonClasses = `
inline-flex items-center px-6 py-6 border border-gray-700 text-2xl leading-6 font-bold rounded-md text-gray-700 
bg-white hover:text-gray-500 focus:outline-none focus:border-blue-300 focus:shadow-outline-blue active:text-gray-800 
active:bg-gray-50 transition ease-in-out duration-150
`

const divClasses = "items-center px-6 py-6 border border-gray-700 text-3xl leading-6 font-bold rounded-md text-gray-700; bg-white "

// card is one card of the deck: deckofcardsapi's value ("ACE", "2"…
// "10", "JACK"…) and code ("AS", "0H"…).
type card struct {
	Value, Suit, Code string
}

// Image is the card's picture, relative to the page.
func (c card) Image() string { return "cards/" + c.Code + ".svg" }

var (
	values = []string{"ACE", "2", "3", "4", "5", "6", "7", "8", "9", "10", "JACK", "QUEEN", "KING"}
	suits  = []string{"SPADES", "HEARTS", "DIAMONDS", "CLUBS"}
)

// createDeck returns a new shuffled deck (JustPy's create_deck).
func createDeck() []card {
	var deck []card
	for _, s := range suits {
		for _, v := range values {
			code := v[:1]
			if v == "10" {
				code = "0"
			}
			deck = append(deck, card{Value: v, Suit: s, Code: code + s[:1]})
		}
	}
	rand.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	return deck
}

// deal takes count cards from the top of the deck.
func deal(deck *[]card, count int) []card {
	cards := (*deck)[:count]
	*deck = (*deck)[count:]
	return cards
}

// handValue calculates the hand's value.
func handValue(hand []card) int {
	value := 0
	aces := 0
	for _, c := range hand {
		if c.Value == "ACE" {
			aces++
			value++
		} else if n, err := strconv.Atoi(c.Value); err == nil {
			value += n
		} else {
			value += 10
		}
	}
	if aces > 0 && value < 12 {
		value += 10
	}
	return value
}

// Card is an image of a card's size that unfolds from its left edge as it
// loads, and as it is shown (the dealer's card turned over).
func Card(src string, opts ...jp.Opt) *jp.Element {
	c := jp.Img(append([]jp.Opt{jp.Src(src)}, opts...)...)
	c.SetAttr("width", strconv.Itoa(cardWidth))
	c.SetAttr("height", strconv.Itoa(cardHeight))
	c.SetAttr("alt", "a card")
	c.SetClass("ml-2")

	c.SetTransition(jp.Transition{
		Load:       "transition origin-left ease-out duration-1000",
		LoadStart:  "transform scale-x-0",
		LoadEnd:    "transform scale-x-100",
		Enter:      "transition origin-left ease-out duration-1000",
		EnterStart: "transform scale-x-0",
		EnterEnd:   "transform scale-x-100",
	})
	return c
}

// game is what JustPy hangs on the page: wp.deck_id, wp.player_hand…
type game struct {
	deck                           []card
	playerHand, dealerHand         []card
	outerDiv, dealerDiv, playerDiv *jp.Element
	cardBack, downCard             *jp.Element
	standBtn, hitBtn, playAgainBtn *jp.Element
	handValueDiv                   *jp.Element
}

func (g *game) disable() {
	for _, btn := range []*jp.Element{g.standBtn, g.hitBtn} {
		btn.SetAttr("disabled", "")
		btn.SetClasses("cursor-not-allowed bg-gray-200 opacity-50")
	}
}

// hit reacts on the hit button.
func (g *game) hit(self *jp.Element, msg *jp.Msg) error {
	c := deal(&g.deck, 1)[0]
	g.playerHand = append(g.playerHand, c)
	g.playerDiv.Add(Card(c.Image()))
	playerHandValue := handValue(g.playerHand)
	if playerHandValue < 22 {
		g.handValueDiv.Text = fmt.Sprintf("Hand value: %d", playerHandValue)
	} else {
		g.handValueDiv.Text = fmt.Sprintf("YOU HAVE BUSTED, Hand value: %d", playerHandValue)
		dealerHandValue := handValue(g.dealerHand)
		resultDiv := jp.Div(jp.Classes(divClasses), jp.In(g.outerDiv))
		resultDiv.Text = fmt.Sprintf("YOU LOST, Your hand: %d, Dealer's hand: %d", playerHandValue, dealerHandValue)
		g.disable()
		g.playAgainBtn.RemoveClass("hidden")
	}
	return nil
}

// stand reacts on the stand button: the dealer shows the card face down
// and draws to 17.
func (g *game) stand(self *jp.Element, msg *jp.Msg) error {
	wp := msg.Page
	// Show dealer card
	g.cardBack.SetClass("hidden")
	g.downCard.RemoveClass("hidden")
	g.disable()
	wp.Update()
	time.Sleep(dealPause)
	dealerHandValue := 0
	for {
		dealerHandValue = handValue(g.dealerHand)
		if dealerHandValue > 16 {
			break
		}
		c := deal(&g.deck, 1)[0]
		g.dealerHand = append(g.dealerHand, c)
		g.dealerDiv.Add(Card(c.Image()))
		wp.Update()
		time.Sleep(dealPause)
	}
	playerHandValue := handValue(g.playerHand)
	resultDiv := jp.Div(jp.Classes(divClasses), jp.In(g.outerDiv))
	switch {
	case dealerHandValue > 21 || dealerHandValue < playerHandValue:
		resultDiv.Text = fmt.Sprintf("YOU WON, Your hand: %d, Dealer's hand: %d", playerHandValue, dealerHandValue)
	case dealerHandValue > playerHandValue:
		resultDiv.Text = fmt.Sprintf("YOU LOST, Your hand: %d, Dealer's hand: %d", playerHandValue, dealerHandValue)
	default:
		resultDiv.Text = fmt.Sprintf("IT IS A DRAW, Your hand: %d, Dealer's hand: %d", playerHandValue, dealerHandValue)
	}
	g.playAgainBtn.RemoveClass("hidden")
	return nil
}

// playAgain reacts on the play again button.
func playAgain(self *jp.Element, msg *jp.Msg) error {
	msg.Page.Reload()
	return nil
}

// newDeck is the deck of a new game; tests stack it.
var newDeck = createDeck

func blackjack(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	g := &game{}
	g.outerDiv = jp.Div(jp.Classes("container mx-auto px-4 sm:px-6 lg:px-8 space-y-5"), jp.In(wp))
	g.deck = newDeck()
	// Deal initial four cards
	cards := deal(&g.deck, 4)
	g.playerHand = []card{cards[0], cards[2]}
	g.dealerHand = []card{cards[1], cards[3]}
	jp.Div(jp.Text("Blackjack Demo"), jp.In(g.outerDiv),
		jp.Classes("m-2 p-4 text-3xl font-bold leading-7 text-gray-900  sm:leading-9 sm:truncate"))
	g.dealerDiv = jp.Div(jp.Classes("flex flex-wrap m-2"), jp.In(g.outerDiv))
	// Image of back of card
	g.cardBack = Card("cards/back.svg", jp.In(g.dealerDiv))
	g.downCard = Card(g.dealerHand[0].Image(), jp.In(g.dealerDiv), jp.Classes("hidden"))
	Card(g.dealerHand[1].Image(), jp.In(g.dealerDiv), jp.Style("transition-delay: 1000ms"))
	g.playerDiv = jp.Div(jp.Classes("flex flex-wrap m-2"), jp.In(g.outerDiv))
	for _, c := range g.playerHand {
		Card(c.Image(), jp.In(g.playerDiv), jp.Style("transition-delay: 2000ms"))
	}
	buttonDiv := jp.Div(jp.Classes("flex m-2 space-x-6"), jp.In(g.outerDiv))
	g.standBtn = jp.Button(jp.Text("Stand"), jp.In(buttonDiv), jp.Classes(buttonClasses), jp.On("click", g.stand))
	g.hitBtn = jp.Button(jp.Text("Hit"), jp.In(buttonDiv), jp.Classes(buttonClasses), jp.On("click", g.hit))
	g.playAgainBtn = jp.Button(jp.Text("Play Again"), jp.In(buttonDiv), jp.Classes(buttonClasses), jp.On("click", playAgain))
	g.playAgainBtn.SetClass("hidden")
	g.handValueDiv = jp.Div(jp.Text(fmt.Sprintf("Hand value: %d", handValue(g.playerHand))), jp.In(g.outerDiv), jp.Classes("text-2xl"))
	return wp
}

// Blackjack is JustPy's blackjack demo: a simplified game against the
// dealer, with Hit, Stand and Play Again.
var Blackjack = catalog.Example{Name: "blackjack", Doc: "A simplified blackjack against the dealer: Hit, Stand, Play Again, cards drawn as SVG", Source: "blackjack.go", App: blackjackApp}

func blackjackApp(cfg jp.Config) *jp.App {
	app := catalog.Page(blackjack)(cfg)
	app.Handle("GET /cards/{code}", http.HandlerFunc(cardPicture))
	return app
}

// cardPicture draws the card whose code the path names ("back.svg" for
// the back) as SVG.
func cardPicture(w http.ResponseWriter, r *http.Request) {
	code, ok := strings.CutSuffix(r.PathValue("code"), ".svg")
	svg, known := cardSVG(code)
	if !ok || !known {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Cache-Control", "max-age=86400")
	fmt.Fprint(w, svg)
}

var suitSymbols = map[byte]struct{ symbol, color string }{
	'S': {"♠", "#111827"}, 'C': {"♣", "#111827"}, 'H': {"♥", "#dc2626"}, 'D': {"♦", "#dc2626"},
}

func cardSVG(code string) (string, bool) {
	const frame = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 226 314" width="226" height="314">` +
		`<rect x="3" y="3" width="220" height="308" rx="16" fill="%s" stroke="#374151" stroke-width="4"/>%s</svg>`
	if code == "back" {
		return fmt.Sprintf(frame, "#1d4ed8", `<rect x="20" y="20" width="186" height="274" rx="10" fill="none" stroke="#bfdbfe" stroke-width="6"/>`+
			`<text x="113" y="175" font-size="60" text-anchor="middle" fill="#bfdbfe" font-family="serif">JG</text>`), true
	}
	if len(code) != 2 || !strings.Contains("A234567890JQK", code[:1]) {
		return "", false
	}
	s, ok := suitSymbols[code[1]]
	if !ok {
		return "", false
	}
	rank := code[:1]
	if rank == "0" {
		rank = "10"
	}
	face := fmt.Sprintf(`<g fill="%s" font-family="serif"><text x="20" y="50" font-size="40">%s</text><text x="20" y="90" font-size="36">%s</text>`+
		`<text x="113" y="190" font-size="110" text-anchor="middle">%s</text>`+
		`<text x="206" y="294" font-size="40" text-anchor="end">%s</text></g>`, s.color, rank, s.symbol, s.symbol, rank)
	return fmt.Sprintf(frame, "#ffffff", face), true
}
