package main

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ghodss/yaml"
)

// chart is a chart folder read into memory: its metadata, templates (by Helm's names, <chart>/templates/<file>),
// default values, schema and the other files `.Files` serves.
type chart struct {
	metadata  chartMetadata
	templates map[string]string
	values    map[string]interface{}
	schema    []byte
	files     map[string][]byte
}

// chartMetadata is the part of Chart.yaml templates read (ghodss/yaml decodes through these JSON names).
type chartMetadata struct {
	APIVersion  string `json:"apiVersion"`
	Name        string `json:"name"`
	Version     string `json:"version"`
	AppVersion  string `json:"appVersion"`
	Description string `json:"description"`
	Type        string `json:"type"`
	KubeVersion string `json:"kubeVersion"`
}

func loadChart(dir string) (*chart, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "Chart.yaml"))
	if err != nil {
		return nil, fmt.Errorf("not a chart folder: %v", err)
	}
	c := &chart{templates: map[string]string{}, files: map[string][]byte{}, values: map[string]interface{}{}}
	if err := yaml.Unmarshal(raw, &c.metadata); err != nil {
		return nil, fmt.Errorf("Chart.yaml: %v", err)
	}
	if c.metadata.APIVersion != "v2" || c.metadata.Name == "" || c.metadata.Version == "" {
		return nil, fmt.Errorf("Chart.yaml: apiVersion v2, name and version are required")
	}
	if raw, err = os.ReadFile(filepath.Join(dir, "values.yaml")); err == nil {
		if c.values, err = parseValues(raw); err != nil {
			return nil, fmt.Errorf("values.yaml: %v", err)
		}
	}
	if raw, err = os.ReadFile(filepath.Join(dir, "values.schema.json")); err == nil {
		c.schema = raw
	}
	err = filepath.WalkDir(dir, func(file string, entry fs.DirEntry, err error) error {
		if err != nil || entry.IsDir() {
			return err
		}
		relative, err := filepath.Rel(dir, file)
		if err != nil {
			return err
		}
		relative = filepath.ToSlash(relative)
		content, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		if strings.HasPrefix(relative, "templates/") {
			c.templates[path.Join(c.metadata.Name, relative)] = string(content)
		} else {
			c.files[relative] = content
		}
		return nil
	})
	return c, err
}

// templateNames lists the templates in a stable order.
func (c *chart) templateNames() []string {
	names := make([]string, 0, len(c.templates))
	for name := range c.templates {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// parseValues reads a values document the way Helm does (through JSON, so numbers are float64).
func parseValues(raw []byte) (map[string]interface{}, error) {
	values := map[string]interface{}{}
	if err := yaml.Unmarshal(raw, &values); err != nil {
		return nil, err
	}
	if values == nil {
		values = map[string]interface{}{}
	}
	return values, nil
}
