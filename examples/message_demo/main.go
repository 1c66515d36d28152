// Command message_demo is JustPy's message_demo, ported to JustGo: a simple
// message board that every visitor's page shows. A message sent from one
// browser appears at once in all of them. (JustPy adds one icon component to
// every message; an element sits in one place of a page, so each message
// gets an icon of its own.)
package main

import (
	"time"

	jp "github.com/justgo/justgo"
)

const (
	inputClasses   = "m-2 bg-gray-200 font-mono appearance-none border-2 border-gray-200 rounded py-2 px-4 text-gray-700 focus:outline-none focus:bg-white focus:border-red-500"
	buttonClasses  = "m-2 p-2 text-red-700 bg-white hover:bg-red-200 hover:text-red-500 border focus:border-red-500 focus:outline-none"
	messageClasses = "ml-4 p-2 text-lg bg-red-500 text-white overflow-auto font-mono rounded-lg"
)

var (
	sharedDiv  = jp.NewShared(jp.Div(jp.Classes("m-2 h-1/2 border overflow-auto")))
	header     = jp.Div(jp.Text("Simple Message Board"), jp.Classes("bg-red-100 border-l-4 border-red-500 text-red-700 p-4 text-3xl"))
	buttonIcon = jp.Icon("paper-plane", jp.Classes("text-2xl"))
	buttonText = jp.Div(jp.Text("Send"), jp.Classes("text-sm"))
)

func messageIcon() *jp.Element { return jp.Icon("comments", jp.Classes("text-2xl text-green-600")) }

func messageInitialize() {
	// Called once on startup
	d := jp.Div(jp.In(sharedDiv), jp.Classes("flex m-2 border"))
	timeStamp := jp.P(jp.Text(time.Now().Format("2006-01-02 15:04:05")), jp.Classes("text-xs ml-2 flex-shrink-0"))
	p := jp.Pre(jp.Text("Welcome to the simple message board!"), jp.Classes(messageClasses))
	d.Add(messageIcon(), timeStamp, p)
}

func sendMessage(message *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		if message.Value != "" {
			d := jp.Div(jp.Classes("flex m-2 border"))
			timeStamp := jp.P(jp.Text(time.Now().Format("2006-01-02 15:04:05")), jp.Classes("text-xs ml-2 flex-shrink-0"))
			p := jp.Pre(jp.Text(message.Value), jp.Classes(messageClasses))
			d.Add(messageIcon(), timeStamp, p)
			sharedDiv.Do(func() { sharedDiv.AddFirst(d) }) // every page showing the board updates
			message.Value = ""                             // Clear message box after message is sent
		}
		return nil
	}
}

func messageDemo(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	outerDiv := jp.Div(jp.Classes("flex flex-col h-screen"), jp.In(wp))
	outerDiv.Add(header)
	d := jp.Div(jp.Classes("flex"), jp.In(outerDiv))
	message := jp.Textarea(jp.Placeholder("Enter message here"), jp.In(d), jp.Classes(inputClasses))
	sendButton := jp.Button(jp.In(d), jp.Classes(buttonClasses))
	sendButton.On("click", sendMessage(message))
	sendButton.Add(buttonIcon, buttonText)
	outerDiv.Add(sharedDiv)
	return wp
}

func main() {
	messageInitialize()
	jp.JustPy(messageDemo)
}
