//! `provider` blocks and `variable` defaults as rule inputs: a credential written into either is in
//! git for everyone who can read the repository, so rules judge them like resources. They are typed
//! `provider` and `variable`, addressed `provider.aws[.alias]` and `var.name`, and create nothing:
//! cost, drift and the resource counts leave them out, and only rules that name the type see them.
//! Providers are taken from root modules (where Terraform wants them); a variable's default is the
//! same in every instance of its module, so each `variable` block is given once, without a module path.

use super::body::{self, Evaluated};
use super::evaluator::Evaluator;
use super::frame::Instance;
use super::parse::BlockNode;
use super::value::Counts;
use super::value::Val;
use crate::model::resource::{Kind, ModuleCallSite, Resource};
use crate::suppress::inline::ignores_for_block;

/// The resource type of a `provider` block.
pub const PROVIDER: &str = "provider";
/// The resource type of a `variable` block with a default.
pub const VARIABLE: &str = "variable";

/// Appends the provider blocks and variable defaults of one module instance.
pub fn emit_settings(instance: &Instance, out: &mut Vec<Resource>, counts: &mut Counts) {
    for (block, file) in &instance.config.settings {
        let Some(name) = block.labels.first() else { continue };
        let first = || {
            let key = (format!("{}:{name}", instance.config.files[*file].file), block.location.line);
            instance.run.project.variables_emitted.lock().is_ok_and(|mut seen| seen.insert(key))
        };
        let wanted = if block.ident == "provider" { instance.calls.is_empty() } else { first() };
        if !wanted {
            continue;
        }
        let mut evaluated = Evaluated::default();
        let mut ev = Evaluator::new(instance);
        let (resource_type, address, provider) = match block.ident.as_str() {
            "provider" => {
                let mut value = body::evaluate(&mut ev, &block.body, "", &mut evaluated, true);
                let alias = match value.get("alias") {
                    Some(Val::String(alias)) => format!(".{alias}"),
                    _ => String::new(),
                };
                value.insert("name".into(), Val::String(name.clone()));
                evaluated.value = value;
                (PROVIDER, format!("provider.{name}{alias}"), name.clone())
            }
            _ => {
                for attr in block.body.attributes.iter().filter(|a| ["default", "sensitive"].contains(&a.name.as_str()))
                {
                    evaluated.attributes.insert(attr.name.clone(), attr.location.clone());
                    match ev.eval(&attr.expr) {
                        Ok(value) => {
                            evaluated.value.insert(attr.name.clone(), value);
                        }
                        Err(message) => evaluated.errors.push((message, attr.value_at.0, attr.value_at.1)),
                    }
                    evaluated.expressions += 1;
                }
                evaluated.value.insert("name".into(), Val::String(name.clone()));
                (VARIABLE, format!("var.{name}"), "terraform".to_owned())
            }
        };
        for (message, line, column) in std::mem::take(&mut evaluated.errors) {
            instance.error(*file, line, column, message);
        }
        counts.expressions += evaluated.expressions;
        out.push(resource(instance, block, *file, resource_type, address, provider, evaluated));
    }
}

fn resource(
    instance: &Instance,
    block: &BlockNode,
    file: usize,
    resource_type: &str,
    address: String,
    provider: String,
    evaluated: Evaluated,
) -> Resource {
    let parsed = &instance.config.files[file];
    let root = instance.calls.is_empty();
    let address = if root { format!("{}{address}", instance.prefix) } else { address };
    let mut unknown = Vec::new();
    let values = Val::Map(evaluated.value).to_json("", &mut unknown).unwrap_or_default();
    let location = block.location.clone();
    let scope = if root { instance.run.root_dir.clone() } else { instance.config.dir.clone() };
    Resource {
        identity: format!("{scope}::{address}"),
        address,
        resource_type: resource_type.to_owned(),
        kind: Kind::Terraform,
        provider,
        values,
        unknown: unknown.into_iter().map(|(path, _)| path).collect(),
        references: Default::default(),
        file: parsed.file.clone(),
        inline_ignores: ignores_for_block(&parsed.ignores, location.line, location.end_line),
        location,
        attributes: evaluated.attributes,
        // A variable judged once for every instance of its module belongs to none of them.
        module_calls: Vec::<ModuleCallSite>::new(),
        drift: None,
        cost: None,
        origins: Default::default(),
    }
}
