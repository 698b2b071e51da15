package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/xeipuuv/gojsonschema"
)

// mergedValues is the chart's values.yaml, then each -f file, then each --set, later ones winning; maps merge key
// by key and a null removes the key, as in Helm.
func mergedValues(c *chart, files []string, sets []string) (map[string]interface{}, error) {
	values := c.values
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		overrides, err := parseValues(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", file, err)
		}
		mergeInto(values, overrides)
	}
	for _, set := range sets {
		overrides, err := parseSet(set)
		if err != nil {
			return nil, err
		}
		mergeInto(values, overrides)
	}
	return values, nil
}

func mergeInto(target, overrides map[string]interface{}) {
	for key, value := range overrides {
		if value == nil {
			delete(target, key)
			continue
		}
		if overrideMap, ok := value.(map[string]interface{}); ok {
			if targetMap, ok := target[key].(map[string]interface{}); ok {
				mergeInto(targetMap, overrideMap)
				continue
			}
		}
		target[key] = value
	}
}

// parseSet reads one --set argument: comma-separated key.path=value pairs (a comma inside a value escaped as \,),
// values typed like Helm's: integers, true/false, null, else strings. List indexes are not supported.
func parseSet(argument string) (map[string]interface{}, error) {
	result := map[string]interface{}{}
	for _, pair := range splitUnescaped(argument, ',') {
		key, raw, ok := strings.Cut(pair, "=")
		if !ok || key == "" {
			return nil, fmt.Errorf("--set %q: expected key.path=value", pair)
		}
		if strings.ContainsAny(key, "[]") {
			return nil, fmt.Errorf("--set %q: list indexes are not supported; use a values file", pair)
		}
		path := strings.Split(key, ".")
		node := result
		for _, part := range path[:len(path)-1] {
			child, ok := node[part].(map[string]interface{})
			if !ok {
				child = map[string]interface{}{}
				node[part] = child
			}
			node = child
		}
		node[path[len(path)-1]] = typedScalar(raw)
	}
	return result, nil
}

func splitUnescaped(text string, separator rune) []string {
	var parts []string
	var current strings.Builder
	escaped := false
	for _, r := range text {
		switch {
		case escaped:
			current.WriteRune(r)
			escaped = false
		case r == '\\':
			escaped = true
		case r == separator:
			parts = append(parts, current.String())
			current.Reset()
		default:
			current.WriteRune(r)
		}
	}
	return append(parts, current.String())
}

func typedScalar(raw string) interface{} {
	switch raw {
	case "true":
		return true
	case "false":
		return false
	case "null":
		return nil
	}
	if number, err := strconv.ParseInt(raw, 10, 64); err == nil && (raw == "0" || !strings.HasPrefix(raw, "0")) {
		return number
	}
	return raw
}

// validateValues checks the merged values against values.schema.json, naming every key that breaks it.
func validateValues(c *chart, values map[string]interface{}) error {
	if c.schema == nil {
		return nil
	}
	document, err := json.Marshal(values)
	if err != nil {
		return err
	}
	result, err := gojsonschema.Validate(gojsonschema.NewBytesLoader(c.schema), gojsonschema.NewBytesLoader(document))
	if err != nil {
		return fmt.Errorf("values.schema.json: %v", err)
	}
	if result.Valid() {
		return nil
	}
	var problems []string
	for _, problem := range result.Errors() {
		problems = append(problems, fmt.Sprintf("- at '%s': %s", pointer(problem), problem.Description()))
	}
	sort.Strings(problems)
	return fmt.Errorf("values don't meet the specifications of the schema(s) in the following chart(s):\n%s:\n%s",
		c.metadata.Name, strings.Join(problems, "\n"))
}

// pointer is the JSON pointer of the value a schema error is about; for an unknown or missing key, that key's.
func pointer(problem gojsonschema.ResultError) string {
	field := problem.Field()
	if field == gojsonschema.STRING_ROOT_SCHEMA_PROPERTY {
		field = ""
	}
	parts := []string{}
	if field != "" {
		parts = strings.Split(field, ".")
	}
	switch problem.Type() {
	case "additional_property_not_allowed", "required":
		if property, ok := problem.Details()["property"].(string); ok {
			parts = append(parts, property)
		}
	}
	return "/" + strings.Join(parts, "/")
}
