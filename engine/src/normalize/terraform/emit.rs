//! Evaluated module instances to resources: every resource instance with its Terraform address,
//! values (unknown parts listed, not guessed), references, locations and the module calls above it.

use super::frame::{Children, Instance};
use super::value::Counts;
use crate::model::resource::{Kind, ModuleCallSite, Resource};
use crate::suppress::inline::ignores_for_block;

/// Appends the resources of `instance` and of every module instance below it.
pub fn emit(instance: &Instance, out: &mut Vec<Resource>, counts: &mut Counts) {
    for name in instance.config.locals.keys() {
        let _ = instance.local(name);
    }
    for name in instance.config.variables.keys() {
        let _ = instance.var(name);
    }
    super::settings::emit_settings(instance, out, counts);
    for decl in &instance.config.resources {
        let Some(expanded) = instance.expanded(decl) else {
            continue;
        };
        let parsed = &instance.config.files[decl.file];
        for (suffix, evaluated) in &expanded.items {
            counts.expressions += evaluated.expressions;
            for why in &evaluated.unknown {
                *counts.unknown.entry(*why).or_default() += 1;
            }
            let address = format!("{}{}{suffix}", instance.prefix, decl.key);
            let mut unknown = Vec::new();
            let values = super::value::Val::Map(evaluated.value.clone()).to_json("", &mut unknown).unwrap_or_default();
            let references = evaluated
                .references
                .iter()
                .map(|(path, refs)| (path.clone(), refs.iter().map(|r| format!("{}{r}", instance.prefix)).collect()))
                .collect();
            let location = decl.block.location.clone();
            out.push(Resource {
                identity: format!("{}::{address}", instance.run.root_dir),
                address,
                resource_type: decl.resource_type.clone(),
                kind: Kind::Terraform,
                provider: super::provider_of(&decl.resource_type),
                values,
                unknown: unknown.into_iter().map(|(path, _)| path).collect(),
                references,
                file: parsed.file.clone(),
                inline_ignores: ignores_for_block(&parsed.ignores, location.line, location.end_line),
                location,
                attributes: evaluated.attributes.clone(),
                module_calls: instance
                    .calls
                    .iter()
                    .map(|c| ModuleCallSite { address: c.address.clone(), file: c.file.clone(), line: c.line })
                    .collect(),
                drift: None,
                cost: None,
                origins: super::fetched_origins::origins(instance, &decl.block.body, &parsed.file),
            });
        }
    }
    for call in &instance.config.calls {
        if let Some(children) = instance.children(&call.name)
            && let Children::Evaluated { items, .. } = children.as_ref()
        {
            for child in items {
                emit(child, out, counts);
            }
        }
    }
    if instance.calls.is_empty() {
        for name in instance.config.outputs.keys() {
            let _ = instance.output(name);
        }
    }
}
