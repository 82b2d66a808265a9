//! Rego as OPA evaluates it, through tollgate's Conftest evaluation: what policies in the wild rely on
//! (statement reordering for safety, `every`, `some ... in`, partial sets and objects, `with`,
//! `default`, `else`, comprehensions, string, regex, time, JSON/YAML and network built-ins). Each case's
//! expected messages are what OPA's documented semantics give; a difference is a failing case here.

use serde_json::{Value, json};
use tollgate_engine::conftest::run::Policies;
use tollgate_engine::evaluate::rule::RegoOptions;

/// The failure messages of `package main`'s `deny` for `input`, sorted.
fn denials(policy: &str, input: Value) -> Vec<String> {
    let source = format!("package main\n\n{policy}");
    let modules = vec![("policy/main.rego".to_owned(), source)];
    let options = RegoOptions { v0: Some(false), ..RegoOptions::default() };
    let mut policies = Policies::compile(&modules, Vec::new(), options).unwrap_or_else(|e| panic!("{e}\n{policy}"));
    let result = policies.check("input.json", &regorus::Value::from(input), "main").expect("evaluates");
    let mut messages: Vec<String> = result.failures.into_iter().map(|f| f.msg).collect();
    messages.sort();
    messages
}

fn pod() -> Value {
    json!({
        "kind": "Pod",
        "metadata": {"name": "api", "labels": {"team": "payments", "env": "prod"}},
        "spec": {"containers": [
            {"name": "app", "image": "registry.example/app:1.2.0", "securityContext": {"privileged": true}},
            {"name": "sidecar", "image": "proxy", "resources": {"limits": {"memory": "256Mi"}}}
        ]}
    })
}

#[test]
fn statements_are_reordered_for_safety() {
    // `msg` is built from `name` before `name` is unified: OPA reorders the body (with `:=` it is
    // the compile error "var referenced above" in OPA too).
    let policy = "deny contains msg if {\n  msg = sprintf(\"pod %s\", [name])\n  name = input.metadata.name\n}\n";
    assert_eq!(denials(policy, pod()), ["pod api"]);
    let negated = "deny contains \"no team\" if {\n  not labels.team\n  labels = input.metadata.labels\n}\n";
    assert_eq!(denials(negated, json!({"metadata": {"labels": {}}})), ["no team"]);
}

#[test]
fn some_in_every_and_membership() {
    let policy = r#"
deny contains msg if {
  some c in input.spec.containers
  c.securityContext.privileged
  msg := sprintf("%s is privileged", [c.name])
}

all_limited if every c in input.spec.containers { c.resources.limits.memory }

deny contains "not every container has a memory limit" if not all_limited

deny contains "every image is from the registry" if {
  every c in input.spec.containers { startswith(c.image, "registry.example/") }
}

deny contains "prod is labelled" if {
  "prod" in object.keys({v: true | some v in input.metadata.labels})
}

deny contains msg if {
  some i, c in input.spec.containers
  i == 1
  msg := sprintf("second container is %s", [c.name])
}
"#;
    assert_eq!(
        denials(policy, pod()),
        [
            "app is privileged",
            "not every container has a memory limit",
            "prod is labelled",
            "second container is sidecar",
        ]
    );
}

#[test]
fn partial_sets_and_objects_default_and_else() {
    let policy = r#"
images contains c.image if some c in input.spec.containers

by_name[c.name] := c.image if some c in input.spec.containers

default tier := "none"

tier := "critical" if input.metadata.labels.env == "prod"

level := "high" if {
  input.metadata.labels.env == "dev"
} else := "low"

deny contains msg if {
  msg := sprintf("%d images, sidecar runs %s, tier %s, level %s", [count(images), by_name.sidecar, tier, level])
}
"#;
    assert_eq!(denials(policy, pod()), ["2 images, sidecar runs proxy, tier critical, level low"]);
    let no_labels = json!({"kind": "Pod", "metadata": {"labels": {}}, "spec": {"containers": []}});
    let defaults = r#"
default tier := "none"

tier := "critical" if input.metadata.labels.env == "prod"

deny contains tier if true
"#;
    assert_eq!(denials(defaults, no_labels), ["none"]);
}

#[test]
fn with_replaces_input_and_functions() {
    let policy = r#"
is_prod if input.metadata.labels.env == "prod"

shout(s) := upper(s)

whisper(s) := lower(s)

deny contains "staging input is not prod" if {
  not is_prod with input.metadata.labels.env as "staging"
}

deny contains msg if {
  msg := shout("X") with shout as whisper
}

deny contains msg if {
  labels := {k | some k, _ in input.metadata.labels} with input.metadata.labels as {"only": 1}
  msg := concat(",", labels)
}
"#;
    assert_eq!(denials(policy, pod()), ["only", "staging input is not prod", "x"]);
}

#[test]
fn comprehensions_and_aggregates() {
    let policy = r#"
deny contains msg if {
  names := [c.name | some c in input.spec.containers]
  unique := {n | some n in names}
  by := {c.name: count(c.image) | some c in input.spec.containers}
  msg := sprintf("%v %d %d %d", [names, count(unique), by.sidecar, sum([1, 2, 3])])
}

deny contains msg if {
  msg := sprintf("max %v min %v sorted %v", [max([3, 9, 4]), min([3, 9, 4]), sort(["b", "a"])])
}
"#;
    assert_eq!(denials(policy, pod()), ["[\"app\", \"sidecar\"] 2 5 6", "max 9 min 3 sorted [\"a\", \"b\"]"]);
}

#[test]
fn string_and_regex_built_ins() {
    let policy = r#"
deny contains msg if {
  img := "registry.example/app:1.2.0"
  parts := split(img, ":")
  msg := concat("|", [
    parts[1],
    trim_prefix(parts[0], "registry.example/"),
    replace(img, "registry.example", "r"),
    substring(img, 0, 8),
    sprintf("%d", [indexof(img, ":")]),
    format_int(255, 16),
    trim(" x ", " "),
    lower("ABC"),
  ])
}

deny contains "semver tag" if regex.match(`:\d+\.\d+\.\d+$`, "registry.example/app:1.2.0")

deny contains msg if {
  found := regex.find_n(`[a-z]+`, "ab12cd", -1)
  msg := concat(",", found)
}

deny contains "glob" if glob.match("*.example/*", [], "registry.example/app")
"#;
    assert_eq!(
        denials(policy, json!({})),
        ["1.2.0|app|r/app:1.2.0|registry|20|ff|x|abc", "ab,cd", "glob", "semver tag"]
    );
}

#[test]
fn json_yaml_time_and_network_built_ins() {
    let policy = r#"
deny contains msg if {
  doc := json.unmarshal(`{"a": [1, 2]}`)
  y := yaml.unmarshal("b: {c: true}")
  msg := sprintf("%d %v %s", [count(doc.a), y.b.c, json.marshal({"k": 1})])
}

deny contains msg if {
  t := time.parse_rfc3339_ns("2026-01-28T00:00:00Z")
  later := time.add_date(t, 0, 1, 0)
  [y, m, d] := time.date(later)
  msg := sprintf("%d-%d-%d", [y, m, d])
}

deny contains "inside" if net.cidr_contains("10.0.0.0/8", "10.1.2.3")

deny contains msg if {
  msg := sprintf("%v %v", [object.get({"a": 1}, "b", "none"), units.parse_bytes("1KiB")])
}
"#;
    assert_eq!(denials(policy, json!({})), ["2 true {\"k\":1}", "2026-2-28", "inside", "none 1024"]);
}

/// Where regorus differs from OPA and tollgate cannot work around it (README.md, "Differences from
/// OPA"): these cases pin regorus's behaviour, so an upgrade that changes it is noticed.
#[test]
fn known_differences_from_opa() {
    // OPA (Go's time.AddDate) normalizes January 31st plus one month to March 3rd; regorus clamps
    // to the month's last day.
    let add_date = "deny contains msg if {\n  [y, m, d] := time.date(time.add_date(time.parse_rfc3339_ns(\"2026-01-31T00:00:00Z\"), 0, 1, 0))\n  msg := sprintf(\"%d-%d-%d\", [y, m, d])\n}\n";
    assert_eq!(denials(add_date, json!({})), ["2026-2-28"]);
    // OPA lets `with` replace a function by a built-in (`with f as lower`); regorus takes only
    // functions of the policy (`with f as g`): the built-in is an unsafe variable at compile time.
    let source = "package main\n\nf(s) := upper(s)\n\ndeny contains msg if {\n  msg := f(\"x\") with f as lower\n}\n";
    let modules = vec![("policy/main.rego".to_owned(), source.to_owned())];
    let compiled = Policies::compile(&modules, Vec::new(), RegoOptions { v0: Some(false), ..RegoOptions::default() });
    let outcome = compiled.and_then(|mut p| p.check("input.json", &regorus::Value::from(json!({})), "main"));
    assert!(outcome.is_err_and(|e| e.contains("lower")));
}
