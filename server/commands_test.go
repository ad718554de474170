package server

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCommandsWithoutPTY(t *testing.T) {
	env := newEnv(t)
	srv := env.start(env.config(), nil, nil)
	c := srv.dial(t, newKey(t))

	tests := []struct {
		cmd        string
		status     int
		stdout     []string
		stderr     string
		stdoutNone string
	}{
		{cmd: "", status: 1, stderr: "no terminal"},
		{cmd: "list", stdout: []string{"bridge\tCouncil Approves New Bridge\t2 quotes\t2 facts\n", "harbour\tHarbour Reopens After Storm\t0 quotes\t0 facts\n"}},
		{cmd: "list extra", status: 1, stderr: "no arguments"},
		{cmd: "export bridge --format markdown", stdout: []string{"# Council Approves New Bridge", "It will connect us"}},
		{cmd: "export --format text harbour", stdout: []string{"Harbour Reopens After Storm"}},
		{cmd: "export bridge --format pdf", status: 1, stderr: `unknown format "pdf"`},
		{cmd: "export nope", status: 1, stderr: `no briefing "nope"`},
		{cmd: "export ../../etc/passwd", status: 1, stderr: `no briefing "../../etc/passwd"`},
		{cmd: "export", status: 1, stderr: "needs a briefing ID"},
		{cmd: "export bridge harbour", status: 1, stderr: "one briefing ID"},
		{cmd: "rm -rf /", status: 1, stderr: `unknown command "rm"`},
		{cmd: "help", stdout: []string{"list"}},
	}
	for _, tt := range tests {
		t.Run(tt.cmd, func(t *testing.T) {
			out, errOut, status := run(t, c, tt.cmd)
			if status != tt.status {
				t.Errorf("status %d, want %d (stderr %q)", status, tt.status, errOut)
			}
			for _, want := range tt.stdout {
				if !strings.Contains(out, want) {
					t.Errorf("stdout %q lacks %q", out, want)
				}
			}
			if tt.stderr != "" {
				if !strings.Contains(errOut, tt.stderr) || strings.Count(strings.TrimRight(errOut, "\n"), "\n") != 0 {
					t.Errorf("stderr %q, want one line with %q", errOut, tt.stderr)
				}
				if out != "" {
					t.Errorf("stdout %q on an error", out)
				}
			}
		})
	}

	out, _, status := run(t, c, "export bridge --format json")
	if status != 0 {
		t.Fatalf("export json: status %d", status)
	}
	var got struct {
		Title  string `json:"title"`
		Quotes []struct {
			Text, Speaker string
		} `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("export json is not JSON: %v\n%s", err, out)
	}
	if got.Title != "Council Approves New Bridge" || len(got.Quotes) != 2 || got.Quotes[0].Speaker != "Ada Lin" {
		t.Errorf("export json = %+v", got)
	}
}
