//! Where a finding on a resource inside a fetched module (registry, git, archive) is to be acted on:
//! the module's files are not the user's to edit, so the resource as a whole points at the nearest
//! `module` block in the user's files, and each attribute whose value comes from a module variable
//! points at the input that sets it there.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::frame::{Instance, Variables};
use super::parse::BodyNode;
use crate::model::resource::{Origin, child_path, index_path};

/// The origins of a resource declared in `body`, when its module was fetched; empty otherwise.
/// The empty path holds the module call itself.
pub fn origins(instance: &Instance, body: &BodyNode, file: &str) -> BTreeMap<String, Origin> {
    let mut origins = BTreeMap::new();
    let Some(fetched) = instance.run.project.inputs.fetched.as_ref().filter(|f| f.holds(file)) else {
        return origins;
    };
    let Some(call) = instance.calls.iter().rev().find(|c| !fetched.holds(&c.file)) else {
        return origins;
    };
    let role = format!("module call {}", call.address);
    origins.insert(String::new(), Origin { file: call.file.clone(), line: call.line, role });
    // Inputs are traced through the module that declares the resource, when its call is the user's.
    let Variables::Call { call: block, file: call_file, .. } = &instance.variables else {
        return origins;
    };
    if fetched.holds(call_file) {
        return origins;
    }
    let mut read = BTreeMap::new();
    variables_read(body, "", &mut read);
    for (path, names) in read {
        let input = names.iter().find_map(|name| block.block.body.attribute(name).map(|a| (name, a.location.line)));
        if let Some((name, line)) = input {
            let role = format!("module input {name}");
            origins.insert(path, Origin { file: call_file.clone(), line, role });
        }
    }
    origins
}

/// The module variables each attribute reads (`var.NAME`), by attribute path; nested blocks by
/// their index among blocks of the same name.
fn variables_read(body: &BodyNode, path: &str, out: &mut BTreeMap<String, Vec<String>>) {
    static VAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\bvar\.([A-Za-z_][A-Za-z0-9_-]*)").expect("a valid pattern"));
    for attr in &body.attributes {
        let text = attr.expr.to_string();
        let names: Vec<String> = VAR.captures_iter(&text).map(|c| c[1].to_owned()).collect();
        if !names.is_empty() {
            out.insert(child_path(path, &attr.name), names);
        }
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for block in &body.blocks {
        let index = seen.entry(block.ident.as_str()).or_default();
        variables_read(&block.body, &index_path(&child_path(path, &block.ident), *index), out);
        *index += 1;
    }
}
