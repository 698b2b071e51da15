// Command chart-render renders a Helm chart the way `helm template` does, for machines without a helm binary.
//
// It uses what Helm itself renders with: Go's text/template and Sprig v3, plus Helm's own functions (include, tpl,
// required, toYaml, fromYaml, toJson, fromJson, lookup), the .Values / .Release / .Chart / .Capabilities / .Files /
// .Template objects, and values validated against the chart's values.schema.json before anything is rendered.
//
//	chart-render [NAME] CHART [-f values.yaml]... [--set key.path=value]... [--namespace NS] [--notes]
//
// Output is every rendered template, each document preceded by `---` and `# Source: <chart>/templates/<file>`;
// a schema or template error prints a message to stderr and exits 1. Not a full Helm: no subcharts, no hooks
// ordering, no --set list syntax, and lookup always finds nothing (as in `helm template`).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type options struct {
	releaseName string
	namespace   string
	chartDir    string
	valueFiles  []string
	sets        []string
	notes       bool
}

func main() {
	opts, err := parseArgs(os.Args[1:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "Error: %v\n\n%s", err, usage)
		os.Exit(2)
	}
	out, err := run(opts)
	if err != nil {
		fmt.Fprintf(os.Stderr, "Error: %v\n", err)
		os.Exit(1)
	}
	fmt.Print(out)
}

const usage = `usage: chart-render [NAME] CHART [-f values.yaml]... [--set key.path=value]... [--namespace NS] [--notes]
`

func parseArgs(args []string) (options, error) {
	opts := options{releaseName: "release-name", namespace: "default"}
	var positional []string
	for i := 0; i < len(args); i++ {
		arg := args[i]
		name, value, hasValue := strings.Cut(arg, "=")
		takeValue := func() (string, error) {
			if hasValue {
				return value, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s needs a value", name)
			}
			i++
			return args[i], nil
		}
		switch name {
		case "-f", "--values":
			v, err := takeValue()
			if err != nil {
				return opts, err
			}
			opts.valueFiles = append(opts.valueFiles, v)
		case "--set":
			v, err := takeValue()
			if err != nil {
				return opts, err
			}
			opts.sets = append(opts.sets, v)
		case "-n", "--namespace":
			v, err := takeValue()
			if err != nil {
				return opts, err
			}
			opts.namespace = v
		case "--notes":
			opts.notes = true
		case "-h", "--help":
			fmt.Print(usage)
			os.Exit(0)
		default:
			if strings.HasPrefix(arg, "-") {
				return opts, fmt.Errorf("unknown flag %s", arg)
			}
			positional = append(positional, arg)
		}
	}
	switch len(positional) {
	case 1:
		opts.chartDir = positional[0]
	case 2:
		opts.releaseName, opts.chartDir = positional[0], positional[1]
	default:
		return opts, fmt.Errorf("expected [NAME] CHART, got %d arguments", len(positional))
	}
	return opts, nil
}

func run(opts options) (string, error) {
	chart, err := loadChart(opts.chartDir)
	if err != nil {
		return "", err
	}
	values, err := mergedValues(chart, opts.valueFiles, opts.sets)
	if err != nil {
		return "", err
	}
	if err := validateValues(chart, values); err != nil {
		return "", err
	}
	rendered, err := render(chart, values, release{Name: opts.releaseName, Namespace: opts.namespace})
	if err != nil {
		return "", err
	}
	return manifests(chart, rendered, opts.notes), nil
}

// manifests joins the rendered templates like `helm template`: partials and (unless asked for) NOTES.txt left out,
// one `# Source:` header per document, documents that rendered to whitespace dropped.
func manifests(c *chart, rendered map[string]string, notes bool) string {
	var out strings.Builder
	names := c.templateNames()
	// NOTES.txt last, where helm prints it.
	sort.SliceStable(names, func(i, j int) bool {
		return filepath.Base(names[i]) != "NOTES.txt" && filepath.Base(names[j]) == "NOTES.txt"
	})
	for _, name := range names {
		base := filepath.Base(name)
		if strings.HasPrefix(base, "_") || (base == "NOTES.txt" && !notes) {
			continue
		}
		for _, document := range splitDocuments(rendered[name]) {
			if strings.TrimSpace(document) == "" {
				continue
			}
			fmt.Fprintf(&out, "---\n# Source: %s\n%s\n", name, strings.TrimRight(strings.TrimLeft(document, "\n"), " \t\n"))
		}
	}
	return out.String()
}

// splitDocuments splits one rendered file at its `---` separator lines.
func splitDocuments(text string) []string {
	var documents []string
	var current strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimRight(line, " \t") == "---" {
			documents = append(documents, current.String())
			current.Reset()
			continue
		}
		current.WriteString(line)
		current.WriteString("\n")
	}
	return append(documents, current.String())
}
