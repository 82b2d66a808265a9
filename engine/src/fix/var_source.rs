//! A fix to an attribute whose value is `var.NAME` edits where the value comes from: the tfvars file of
//! the root module that sets it (`terraform.tfvars`, `*.auto.tfvars`), else the variable's `default`.
//! Inside a module the caller sets it: the fix is declined and names the module input instead.

use std::path::Path;

use hcl::edit::Span;
use serde_json::Value;

use super::TextEdit;
use super::hcl_locate::is_literal;
use super::hcl_render::expression;
use crate::model::resource::Resource;
use crate::normalize::terraform::parse::parse_lenient;

/// `NAME` when an expression's text is exactly `var.NAME`.
pub fn variable_name(expression_text: &str) -> Option<&str> {
    let name = expression_text.trim().strip_prefix("var.")?;
    let valid = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    valid.then_some(name)
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() || dir == "." { name.to_owned() } else { format!("{dir}/{name}") }
}

/// The files of a directory whose names pass `keep`, sorted (display paths).
fn files(dir: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
    let path = if dir.is_empty() { Path::new(".") } else { Path::new(dir) };
    let mut names: Vec<String> = std::fs::read_dir(path)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| keep(n))
        .collect();
    names.sort();
    names.into_iter().map(|n| join(dir, &n)).collect()
}

/// Replaces a top-level attribute's literal value in a file (tfvars) or a variable's `default`.
fn replace_in(file: &str, name: &str, value: &Value, in_variable: bool) -> Result<Option<TextEdit>, String> {
    let Ok(source) = std::fs::read_to_string(file) else { return Ok(None) };
    let body = parse_lenient(&source).map_err(|e| format!("{file}:{}:{}: {}", e.line, e.column, e.message))?;
    let attribute = if in_variable {
        let Some(block) = body.get_blocks("variable").find(|b| b.has_exact_labels(&[name])) else { return Ok(None) };
        match block.body.get_attribute("default") {
            Some(a) => a.clone(),
            None => return Err(format!("variable `{name}` ({file}) has no default: set it in terraform.tfvars")),
        }
    } else {
        match body.get_attribute(name) {
            Some(a) => a.clone(),
            None => return Ok(None),
        }
    };
    let range = attribute.value.span().ok_or("no source position")?;
    if !is_literal(&attribute.value) {
        return Err(format!("`{name}` is `{}` in {file}: the value comes from an expression", source[range].trim()));
    }
    let indent = super::hcl_locate::indent_at(&source, attribute.span().map_or(range.start, |s| s.start));
    Ok(Some(TextEdit { file: file.to_owned(), range, text: expression(value, &indent) }))
}

/// The edit that gives variable `name` the value `value` where the root module takes it from.
pub fn edit(resource: &Resource, name: &str, value: &Value) -> Result<TextEdit, String> {
    if let Some(call) = resource.module_calls.last() {
        return Err(format!(
            "the value is the module input `{name}`: set it in `{}` ({}:{})",
            call.address, call.file, call.line
        ));
    }
    let dir = crate::load::dir_of(&resource.file);
    let tfvars = files(dir, |n| n == "terraform.tfvars" || n.ends_with(".auto.tfvars"));
    // The last file that sets it wins in Terraform (terraform.tfvars, then *.auto.tfvars by name).
    let mut found = None;
    for file in tfvars
        .iter()
        .filter(|f| f.ends_with("terraform.tfvars"))
        .chain(tfvars.iter().filter(|f| f.ends_with(".auto.tfvars")))
    {
        if let Some(edit) = replace_in(file, name, value, false)? {
            found = Some(edit);
        }
    }
    if let Some(edit) = found {
        return Ok(edit);
    }
    for file in files(dir, |n| n.ends_with(".tf")) {
        if let Some(edit) = replace_in(&file, name, value, true)? {
            return Ok(edit);
        }
    }
    Err(format!("variable `{name}` is not declared beside {}", resource.file))
}

#[cfg(test)]
mod tests {
    use super::variable_name;

    #[test]
    fn only_a_bare_variable_is_followed() {
        assert_eq!(variable_name(" var.encrypt "), Some("encrypt"));
        assert_eq!(variable_name("var.a.b"), None);
        assert_eq!(variable_name("var.x ? 1 : 2"), None);
        assert_eq!(variable_name("local.x"), None);
    }
}
