package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/justgo/justgo/internal/randid"
	"github.com/redis/go-redis/v9"
)

// Redis is a Store on a Redis server, shared by every instance that names
// it. Each value is a hash (the value, its version, the last update's id);
// Update reads, runs fn, and writes in one Lua script only if the version
// did not move, retrying otherwise, and a write the client library sends
// again is applied once. Changes are published on one channel, which each
// process subscribes to once.
type Redis struct {
	client  *redis.Client
	prefix  string
	timeout time.Duration

	mu     sync.Mutex
	subs   map[*func(string)]bool
	cancel context.CancelFunc // ends the subscription loop
}

var _ Store = (*Redis)(nil)

// RedisOptions configure OpenRedis.
type RedisOptions struct {
	URL    string // redis://host:port/db
	Prefix string // before every key and the channel, such as "justgo:"
	// Timeout bounds each operation (default 2 s).
	Timeout time.Duration
	// ConnectTimeout is how long OpenRedis tries to reach the server
	// (default 30 s).
	ConnectTimeout time.Duration
}

// OpenRedis connects to the server at opts.URL, trying for
// opts.ConnectTimeout; it never falls back to memory, which would split the
// instances.
func OpenRedis(opts RedisOptions) (*Redis, error) {
	o, err := redis.ParseURL(opts.URL)
	if err != nil {
		return nil, fmt.Errorf("store: REDIS_URL %q: %w", opts.URL, err)
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 2 * time.Second
	}
	if opts.ConnectTimeout <= 0 {
		opts.ConnectTimeout = 30 * time.Second
	}
	o.DialTimeout, o.ReadTimeout, o.WriteTimeout = opts.Timeout, opts.Timeout, opts.Timeout
	r := &Redis{client: redis.NewClient(o), prefix: opts.Prefix, timeout: opts.Timeout}
	deadline := time.Now().Add(opts.ConnectTimeout)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), opts.Timeout)
		err = r.client.Ping(ctx).Err()
		cancel()
		if err == nil {
			return r, nil
		}
		if time.Now().Add(200 * time.Millisecond).After(deadline) {
			r.client.Close()
			return nil, fmt.Errorf("store: REDIS_URL %s: no answer within %v: %w", opts.URL, opts.ConnectTimeout, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (r *Redis) channel() string { return r.prefix + "changes" }

// unavailable marks an error of the server's, not of fn's.
func unavailable(err error) error { return fmt.Errorf("%w: %v", ErrUnavailable, err) }

// Get returns the value under key, or nil.
func (r *Redis) Get(ctx context.Context, key string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	v, err := r.client.HGet(ctx, r.prefix+key, "v").Bytes()
	switch {
	case errors.Is(err, redis.Nil):
		return nil, nil
	case err != nil:
		return nil, unavailable(err)
	}
	return v, nil
}

// update writes the value if the version is still want. It answers 1 when
// written (or when this very update, by its id, already was), 0 when the
// version moved.
var update = redis.NewScript(`
local cur = redis.call('HGET', KEYS[1], 'n')
if cur == false then cur = '0' end
if redis.call('HGET', KEYS[1], 'op') == ARGV[4] then return 1 end
if cur ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'n', tostring(tonumber(cur) + 1), 'op', ARGV[4])
if tonumber(ARGV[3]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) else redis.call('PERSIST', KEYS[1]) end
redis.call('PUBLISH', ARGV[5], ARGV[6])
return 1
`)

// Update stores what fn returns, atomically across processes.
func (r *Redis) Update(ctx context.Context, key string, ttl time.Duration, fn func([]byte) ([]byte, error)) ([]byte, error) {
	for range maxRetries {
		next, err := r.round(ctx, key, ttl, fn)
		if !errors.Is(err, errConflict) {
			return next, err
		}
	}
	return nil, fmt.Errorf("store: %s: %w %d times", key, errConflict, maxRetries)
}

func (r *Redis) round(ctx context.Context, key string, ttl time.Duration, fn func([]byte) ([]byte, error)) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	vals, err := r.client.HMGet(ctx, r.prefix+key, "v", "n").Result()
	if err != nil {
		return nil, unavailable(err)
	}
	var old []byte
	version := "0"
	if s, ok := vals[0].(string); ok {
		old = []byte(s)
	}
	if s, ok := vals[1].(string); ok {
		version = s
	}
	next, err := fn(old)
	if err != nil {
		return nil, err
	}
	op := randid.New(12) // names this update: a write sent twice applies once
	n, err := update.Run(ctx, r.client, []string{r.prefix + key},
		version, next, strconv.FormatInt(ttl.Milliseconds(), 10), op, r.channel(), key).Int()
	switch {
	case err != nil:
		return nil, unavailable(err)
	case n == 0:
		return nil, errConflict
	}
	return next, nil
}

// Subscribe calls changed for every update from now on, by any process,
// and with "" after the subscription was lost and came back.
func (r *Redis) Subscribe(changed func(string)) (cancel func()) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.subs == nil {
		r.subs = map[*func(string)]bool{}
	}
	p := &changed
	r.subs[p] = true
	if r.cancel == nil {
		ctx, stop := context.WithCancel(context.Background())
		r.cancel = stop
		ready := make(chan struct{})
		go r.listen(ctx, ready)
		select { // "from now on": the first Subscribe returns once subscribed
		case <-ready:
		case <-time.After(r.timeout):
		}
	}
	return func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		delete(r.subs, p)
	}
}

// listen is the process's one subscription: it tells the subscribers of
// every change, and of a lost subscription once it is back.
func (r *Redis) listen(ctx context.Context, ready chan struct{}) {
	ps := r.client.Subscribe(ctx, r.channel())
	defer ps.Close()
	first, lost := true, false
	for {
		m, err := ps.Receive(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			lost = true
			time.Sleep(100 * time.Millisecond) // go-redis dials again on the next Receive
			continue
		}
		switch m := m.(type) {
		case *redis.Subscription:
			if first {
				close(ready)
			} else if lost {
				r.tell("") // back after an outage: what was missed is unknown
			}
			first, lost = false, false
		case *redis.Message:
			r.tell(m.Payload)
		}
	}
}

func (r *Redis) tell(key string) {
	r.mu.Lock()
	subs := make([]func(string), 0, len(r.subs))
	for s := range r.subs {
		subs = append(subs, *s)
	}
	r.mu.Unlock()
	for _, s := range subs {
		s(key)
	}
}

// Close ends the subscription and the connections.
func (r *Redis) Close() error {
	r.mu.Lock()
	if r.cancel != nil {
		r.cancel()
	}
	r.mu.Unlock()
	return r.client.Close()
}
