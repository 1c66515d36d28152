// Command message_demo is JustPy's message_demo, ported to JustGo: a simple
// message board that every visitor's page shows. A message sent from one
// browser appears at once in all of them.
//
// JustPy keeps the board in one div that every page shares, which lives in
// one process. Here the messages are an app-wide value of the App's storage
// that each page watches: in memory it behaves as JustPy's, and with
// REDIS_URL a message sent on one instance of the app appears on every page
// of every instance, in the order they were sent.
package main

import (
	"slices"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/storage"
)

const (
	inputClasses   = "m-2 bg-gray-200 font-mono appearance-none border-2 border-gray-200 rounded py-2 px-4 text-gray-700 focus:outline-none focus:bg-white focus:border-red-500"
	buttonClasses  = "m-2 p-2 text-red-700 bg-white hover:bg-red-200 hover:text-red-500 border focus:border-red-500 focus:outline-none"
	messageClasses = "ml-4 p-2 text-lg bg-red-500 text-white overflow-auto font-mono rounded-lg"
)

// post is one message on the board.
type post struct{ Time, Text string }

// keep is how many messages the board keeps, the newest.
const keep = 200

var (
	header     = jp.Div(jp.Text("Simple Message Board"), jp.Classes("bg-red-100 border-l-4 border-red-500 text-red-700 p-4 text-3xl"))
	buttonIcon = jp.Icon("paper-plane", jp.Classes("text-2xl"))
	buttonText = jp.Div(jp.Text("Send"), jp.Classes("text-sm"))
)

func messageIcon() *jp.Element { return jp.Icon("comments", jp.Classes("text-2xl text-green-600")) }

func now() string { return time.Now().Format("2006-01-02 15:04:05") }

// messageInitialize puts the welcome on an empty board: once, however
// many instances start.
func messageInitialize(board []post) []post {
	if len(board) == 0 {
		board = append(board, post{now(), "Welcome to the simple message board!"})
	}
	return board
}

// messageDiv shows one message.
func messageDiv(m post) *jp.Element {
	d := jp.Div(jp.Classes("flex m-2 border"))
	timeStamp := jp.P(jp.Text(m.Time), jp.Classes("text-xs ml-2 flex-shrink-0"))
	p := jp.Pre(jp.Text(m.Text), jp.Classes(messageClasses))
	d.Add(messageIcon(), timeStamp, p)
	return d
}

func sendMessage(messages storage.AppValue[[]post], message *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		if message.Value != "" {
			text := message.Value
			_, err := messages.Update(func(board []post) []post {
				board = append(slices.Clip(board), post{now(), text})
				return board[max(0, len(board)-keep):]
			})
			if err != nil {
				return err // shown in the page; the text stays in the box
			}
			message.Value = "" // Clear message box after message is sent
		}
		return nil
	}
}

func messageDemo(messages storage.AppValue[[]post], r *jp.Request) (*jp.WebPage, error) {
	board, err := messages.Get()
	if err == nil && len(board) == 0 {
		board, err = messages.Update(messageInitialize)
	}
	if err != nil {
		return nil, err
	}
	wp := jp.NewWebPage()
	outerDiv := jp.Div(jp.Classes("flex flex-col h-screen"), jp.In(wp))
	outerDiv.Add(header)
	d := jp.Div(jp.Classes("flex"), jp.In(outerDiv))
	message := jp.Textarea(jp.Placeholder("Enter message here"), jp.In(d), jp.Classes(inputClasses))
	sendButton := jp.Button(jp.In(d), jp.Classes(buttonClasses))
	sendButton.On("click", sendMessage(messages, message))
	sendButton.Add(buttonIcon, buttonText)
	boardDiv := jp.Div(jp.Classes("m-2 h-1/2 border overflow-auto"), jp.In(outerDiv))
	// The newest first; a change adds what is new at the top, so only it
	// travels to the browser.
	shown := board
	for _, m := range board {
		boardDiv.AddFirst(messageDiv(m))
	}
	messages.Watch(wp, func(board []post) {
		for _, m := range newSince(shown, board) {
			boardDiv.AddFirst(messageDiv(m))
		}
		for len(boardDiv.Components()) > keep {
			boardDiv.Remove(boardDiv.Components()[keep])
		}
		shown = board
	})
	return wp, nil
}

// newSince is what board holds after the last message of shown.
func newSince(shown, board []post) []post {
	if len(shown) == 0 {
		return board
	}
	last := shown[len(shown)-1]
	for i := len(board) - 1; i >= 0; i-- {
		if board[i] == last {
			return board[i+1:]
		}
	}
	return board // the board moved past all that was shown
}

func newApp(cfg jp.Config, opts ...jp.AppOption) *jp.App {
	app := jp.NewApp(append([]jp.AppOption{jp.WithConfig(cfg)}, opts...)...)
	messages := storage.App[[]post](app.Storage(), "messages")
	jp.Route(app, "/", func(r *jp.Request) (*jp.WebPage, error) { return messageDemo(messages, r) })
	return app
}

func main() { jp.Run(func(cfg jp.Config) *jp.App { return newApp(cfg) }) }
