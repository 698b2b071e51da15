package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"strings"
	"text/template"

	sprig "github.com/Masterminds/sprig"
	"github.com/ghodss/yaml"
)

// release is what `.Release` holds for a first install.
type release struct {
	Name      string
	Namespace string
}

type kubeVersion struct {
	Version    string
	Major      string
	Minor      string
	GitVersion string
}

// apiVersions answers `.Capabilities.APIVersions.Has "group/version"` for the built-in APIs of Kubernetes 1.30.
type apiVersions []string

func (versions apiVersions) Has(version string) bool {
	for _, known := range versions {
		if known == version {
			return true
		}
	}
	return false
}

type capabilities struct {
	KubeVersion kubeVersion
	APIVersions apiVersions
}

// files is `.Files`: the chart's files outside templates/.
type files map[string][]byte

func (f files) Get(name string) string { return string(f[name]) }

func (f files) GetBytes(name string) []byte { return f[name] }

// maxIncludeDepth stops a template that includes itself, as Helm does.
const maxIncludeDepth = 1000

// render executes every template of the chart with Helm's objects and functions, returning each one's text.
func render(c *chart, values map[string]interface{}, r release) (map[string]string, error) {
	root := template.New("gotpl").Option("missingkey=zero")
	includeDepth := 0
	functions := sprig.TxtFuncMap()
	// Helm leaves these out: a chart must render the same on every machine.
	delete(functions, "env")
	delete(functions, "expandenv")
	functions["toYaml"] = toYaml
	functions["fromYaml"] = fromYaml
	functions["fromYamlArray"] = fromYamlArray
	functions["toJson"] = toJson
	functions["fromJson"] = fromJson
	functions["fromJsonArray"] = fromJsonArray
	functions["required"] = required
	functions["lookup"] = func(apiVersion, kind, namespace, name string) (map[string]interface{}, error) {
		return map[string]interface{}{}, nil
	}
	functions["include"] = func(name string, data interface{}) (string, error) {
		if includeDepth >= maxIncludeDepth {
			return "", fmt.Errorf("rendering template has a nested reference name: %s", name)
		}
		includeDepth++
		defer func() { includeDepth-- }()
		var out bytes.Buffer
		err := root.ExecuteTemplate(&out, name, data)
		return out.String(), err
	}
	functions["tpl"] = func(text string, data interface{}) (string, error) {
		clone, err := root.Clone()
		if err != nil {
			return "", err
		}
		name := "tpl"
		if top, ok := data.(map[string]interface{}); ok {
			if current, ok := top["Template"].(map[string]interface{}); ok {
				name, _ = current["Name"].(string)
			}
		}
		parsed, err := clone.New(name).Parse(text)
		if err != nil {
			return "", fmt.Errorf("cannot parse template %q: %v", text, err)
		}
		var out bytes.Buffer
		if err := parsed.Execute(&out, data); err != nil {
			return "", fmt.Errorf("error during tpl function execution for %q: %v", text, err)
		}
		return strings.ReplaceAll(out.String(), "<no value>", ""), nil
	}
	root.Funcs(functions)

	names := c.templateNames()
	for _, name := range names {
		if _, err := root.New(name).Parse(c.templates[name]); err != nil {
			return nil, fmt.Errorf("parse error in %v", strings.TrimPrefix(err.Error(), "template: "))
		}
	}

	top := map[string]interface{}{
		"Values": values,
		"Release": map[string]interface{}{
			"Name":      r.Name,
			"Namespace": r.Namespace,
			"Service":   "Helm",
			"IsInstall": true,
			"IsUpgrade": false,
			"Revision":  1,
		},
		"Chart": map[string]interface{}{
			"APIVersion":  c.metadata.APIVersion,
			"Name":        c.metadata.Name,
			"Version":     c.metadata.Version,
			"AppVersion":  c.metadata.AppVersion,
			"Description": c.metadata.Description,
			"Type":        c.metadata.Type,
			"KubeVersion": c.metadata.KubeVersion,
		},
		"Capabilities": capabilities{
			KubeVersion: kubeVersion{Version: "v1.30.0", Major: "1", Minor: "30", GitVersion: "v1.30.0"},
			APIVersions: apiVersions{"v1", "apps/v1", "batch/v1", "policy/v1", "autoscaling/v2",
				"rbac.authorization.k8s.io/v1", "networking.k8s.io/v1", "storage.k8s.io/v1"},
		},
		"Files": files(c.files),
	}

	rendered := map[string]string{}
	for _, name := range names {
		if strings.HasPrefix(path.Base(name), "_") {
			continue
		}
		data := map[string]interface{}{}
		for key, value := range top {
			data[key] = value
		}
		data["Template"] = map[string]interface{}{"Name": name, "BasePath": path.Join(c.metadata.Name, "templates")}
		var out bytes.Buffer
		if err := root.ExecuteTemplate(&out, name, data); err != nil {
			return nil, cleanExecutionError(err)
		}
		rendered[name] = strings.ReplaceAll(out.String(), "<no value>", "")
	}
	return rendered, nil
}

var executionError = regexp.MustCompile(`^template: ([^:]+:\d+:\d+): executing "[^"]*" at <[^>]*>: error calling \w+: `)

// cleanExecutionError turns text/template's message for `required` or `fail` into Helm's shorter one.
func cleanExecutionError(err error) error {
	message := err.Error()
	for {
		location := executionError.FindStringSubmatch(message)
		if location == nil {
			return err
		}
		inner := message[len(location[0]):]
		if executionError.MatchString(inner) {
			message = inner
			continue
		}
		return fmt.Errorf("execution error at (%s): %s", location[1], inner)
	}
}

func toYaml(value interface{}) string {
	data, err := yaml.Marshal(value)
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(string(data), "\n")
}

func fromYaml(text string) map[string]interface{} {
	result := map[string]interface{}{}
	if err := yaml.Unmarshal([]byte(text), &result); err != nil {
		result["Error"] = err.Error()
	}
	return result
}

func fromYamlArray(text string) []interface{} {
	var result []interface{}
	if err := yaml.Unmarshal([]byte(text), &result); err != nil {
		result = []interface{}{err.Error()}
	}
	return result
}

func toJson(value interface{}) string {
	data, err := json.Marshal(value)
	if err != nil {
		return ""
	}
	return string(data)
}

func fromJson(text string) map[string]interface{} {
	result := map[string]interface{}{}
	if err := json.Unmarshal([]byte(text), &result); err != nil {
		result["Error"] = err.Error()
	}
	return result
}

func fromJsonArray(text string) []interface{} {
	var result []interface{}
	if err := json.Unmarshal([]byte(text), &result); err != nil {
		result = []interface{}{err.Error()}
	}
	return result
}

// required fails the render with message when value is missing or an empty string.
func required(message string, value interface{}) (interface{}, error) {
	if value == nil {
		return nil, fmt.Errorf("%s", message)
	}
	if text, ok := value.(string); ok && text == "" {
		return nil, fmt.Errorf("%s", message)
	}
	return value, nil
}
