//! Running a question's Rego over the resource model: the query is a module defining `matches` (a set
//! of the resources, or of objects with a `resource` and more columns), evaluated once over
//! `{"resources": [...]}` as `inspect` shows them, compiled and time-limited as user rules are, and
//! refused when it calls a built-in that reaches outside (`http.send`, `opa.runtime`, DNS lookups).

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;
use serde_json::{Value, json};

use crate::evaluate::rule::{add_module, is_legacy, located, new_engine, package_of};
use crate::evaluate::strict::code_only;
use crate::model::resource::Resource;

/// Built-ins a query may not call: they reach the network or the process's environment.
pub const REFUSED_BUILTINS: [&str; 3] = ["http.send", "opa.runtime", "net.lookup_ip_addr"];

/// One matching resource.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub address: String,
    #[serde(rename = "type")]
    pub resource_type: String,
    pub kind: String,
    pub file: String,
    pub line: usize,
    /// The other fields of an object result (`{"resource": r, "size": ...}`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<Value>,
}

/// Why a query gave no answer: it was refused, did not compile or failed while running.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueryError {
    pub stage: &'static str,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} error at query.rego:{}:{}: {}", self.stage, self.line, self.column, self.message)
    }
}

/// A module from a condition on `r`, each resource in turn (`r.type == "aws_s3_bucket"; not
/// r.values.versioning`): expressions separated by `;` or new lines.
pub fn from_expression(expression: &str) -> String {
    let body: Vec<String> =
        expression.split([';', '\n']).map(str::trim).filter(|e| !e.is_empty()).map(|e| format!("\t{e}")).collect();
    format!(
        "package tollgate.ask\n\nimport rego.v1\n\nmatches contains r if {{\n\tsome r in input.resources\n{}\n}}\n",
        body.join("\n")
    )
}

/// The first refused built-in a module calls, with its position.
pub fn refused(source: &str) -> Option<QueryError> {
    static CALL: LazyLock<Regex> = LazyLock::new(|| {
        let names: Vec<String> = REFUSED_BUILTINS.iter().map(|n| regex::escape(n)).collect();
        Regex::new(&format!(r"(?:^|[^A-Za-z0-9_.])({})\b", names.join("|"))).expect("a valid pattern")
    });
    let code = code_only(source);
    let found = CALL.captures(&code)?.get(1)?;
    let before = &code[..found.start()];
    let line = before.matches('\n').count() + 1;
    let column = found.start() - before.rfind('\n').map_or(0, |n| n + 1) + 1;
    let message = format!(
        "`{}` is not allowed in a query: queries are read-only and never reach the network or the environment",
        found.as_str()
    );
    Some(QueryError { stage: "refused", line, column, message })
}

/// The resources as a query's input.
pub fn input(resources: &[Resource]) -> Value {
    json!({"resources": resources.iter().map(Resource::to_input).collect::<Vec<_>>()})
}

/// Compiles and runs the module over `input` (from [`input`]); the rows by file and line.
pub fn run(source: &str, input: &Value) -> Result<Vec<Row>, QueryError> {
    if let Some(error) = refused(source) {
        return Err(error);
    }
    let package = package_of(source);
    if package.is_empty() {
        return Err(QueryError { stage: "compile", line: 1, column: 1, message: "no `package` line".into() });
    }
    let legacy = is_legacy(source);
    let mut engine = new_engine(legacy);
    add_module(&mut engine, !legacy, "query.rego", source).map_err(|e| QueryError {
        stage: "compile",
        line: e.line,
        column: e.column,
        message: e.message,
    })?;
    // Parsing does not resolve names or check safety: a run over no resources reports those errors
    // as the compile errors they are in OPA.
    let rule = format!("data.{package}.matches");
    let failed = |stage: &'static str| {
        move |e: anyhow::Error| {
            let found = located("query.rego", &e);
            QueryError { stage, line: found.line, column: found.column, message: found.message }
        }
    };
    engine.set_input(regorus::Value::from(json!({"resources": []})));
    engine.eval_rule(rule.clone()).map_err(failed("compile"))?;
    engine.set_input(regorus::Value::from(input.clone()));
    let value = engine.eval_rule(rule).map_err(failed("run"))?;
    let value = serde_json::to_value(&value).unwrap_or(Value::Null);
    let items = match value {
        Value::Array(items) => items,
        Value::String(s) if s == "<undefined>" => Vec::new(),
        Value::Null => Vec::new(),
        other => {
            let message = format!("`matches` must be a set of resources, got {other}");
            return Err(QueryError { stage: "run", line: 1, column: 1, message });
        }
    };
    let mut rows: Vec<Row> = items.iter().map(row).collect();
    rows.sort_by(|a, b| (&a.file, a.line, &a.address).cmp(&(&b.file, b.line, &b.address)));
    Ok(rows)
}

/// A row from one result: a resource as given in the input, an object with a `resource` field (the
/// other fields become the detail), or any other value (shown as the detail, without a location).
fn row(result: &Value) -> Row {
    let (resource, detail) = match result.get("resource") {
        Some(resource) if resource.get("address").is_some() => {
            let mut rest = result.as_object().cloned().unwrap_or_default();
            rest.remove("resource");
            (resource, (!rest.is_empty()).then(|| Value::Object(rest)))
        }
        _ if result.get("address").is_some() => (result, None),
        _ => (&Value::Null, Some(result.clone())),
    };
    let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
    Row {
        address: text(&resource["address"]),
        resource_type: text(&resource["type"]),
        kind: text(&resource["kind"]),
        file: text(&resource["source"]["file"]),
        line: resource["source"]["line"].as_u64().unwrap_or(0) as usize,
        detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> Value {
        json!({"resources": [
            {"address": "aws_s3_bucket.a", "type": "aws_s3_bucket", "kind": "terraform", "values": {"bucket": "a"}, "source": {"file": "main.tf", "line": 3}},
            {"address": "aws_s3_bucket.b", "type": "aws_s3_bucket", "kind": "terraform", "values": {"bucket": "b", "versioning": [{"enabled": true}]}, "source": {"file": "main.tf", "line": 9}},
        ]})
    }

    #[test]
    fn an_expression_selects_resources() {
        let module = from_expression(r#"r.type == "aws_s3_bucket"; not r.values.versioning"#);
        let rows = run(&module, &input()).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].address.as_str(), rows[0].file.as_str(), rows[0].line), ("aws_s3_bucket.a", "main.tf", 3));
    }

    #[test]
    fn object_results_keep_their_columns() {
        let module = "package q\nimport rego.v1\nmatches contains {\"resource\": r, \"name\": r.values.bucket} if {\n\tsome r in input.resources\n}\n";
        let rows = run(module, &input()).unwrap();
        assert_eq!(rows[1].detail, Some(json!({"name": "b"})));
    }

    #[test]
    fn network_builtins_are_refused_before_anything_runs() {
        let module = "package q\nimport rego.v1\nmatches contains r if {\n\tsome r in input.resources\n\thttp.send({\"method\": \"get\", \"url\": \"http://x\"})\n}\n";
        let error = run(module, &input()).unwrap_err();
        assert_eq!((error.stage, error.line, error.column), ("refused", 5, 2));
        // In a string or a comment it is not a call.
        assert!(refused("package q\n# http.send is not used\nx := \"http.send\"\n").is_none());
    }

    #[test]
    fn compile_errors_are_located() {
        let error = run("package q\nimport rego.v1\nmatches contains r if {\n\tr := y\n}\n", &input()).unwrap_err();
        assert_eq!((error.stage, error.line), ("compile", 4));
    }
}
