package blog

import (
	"slices"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalog"
	"github.com/justgo/justgo/examples/internal/catalogtest"
	"github.com/justgo/justgo/jptest"
)

func items(p *jptest.Page) []string {
	var list []string
	for _, li := range p.All("li") {
		list = append(list, li.Text)
	}
	return list
}

func TestTodoApp1(t *testing.T) {
	p := catalogtest.Open(t, TodoApp1)
	if got := items(p); !slices.Equal(got, []string{"Go shopping", "Learn JustPy", "Do errands"}) {
		t.Errorf("%q", got)
	}
}

// addTasks is todo_app2 to 4's story: tasks typed and added, each page
// with a list of its own.
func addTasks(t *testing.T, e catalog.Example) {
	srv := catalogtest.Serve(t, e)
	p := srv.Open("/")
	in := p.ByPlaceholder("Enter task")
	p.Type(in, "Write Go")
	p.Click(p.ByText("Add Task"))
	p.Type(in, "Port JustPy")
	p.Click(p.ByText("Add Task"))
	want := []string{"Buy groceries", "Learn JustPy", "Do errands", "Write Go", "Port JustPy"}
	if got := items(p); !slices.Equal(got, want) {
		t.Errorf("%q", got)
	}
	if in.Value != "" {
		t.Errorf("the input keeps %q", in.Value)
	}
	if n := len(srv.Open("/").All("li")); n != 3 {
		t.Errorf("another page has %d tasks", n)
	}
}

func TestTodoApp2(t *testing.T) { addTasks(t, TodoApp2) }
func TestTodoApp3(t *testing.T) { addTasks(t, TodoApp3) }
func TestTodoApp4(t *testing.T) { addTasks(t, TodoApp4) }
