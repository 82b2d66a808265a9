//! Module calls: the source resolved (a local directory, or a download recorded in
//! `.terraform/modules/modules.json`), `count`/`for_each` expanded, and the inputs evaluated in the
//! caller and converted to the child's variable types.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::body::META;
use super::config::{ModuleCall, ModuleConfig, join_dir};
use super::eval::Evaluator;
use super::instance::{CallSite, Children, Instance, Keys};
use super::types::literal;
use super::value::{Val, Why};

/// Deepest chain of module calls followed.
const MAX_DEPTH: usize = 32;

/// Creates the child instances of a module call.
pub fn expand<'r>(parent: &Instance<'r>, call: &ModuleCall, keys: Keys) -> Children<'r> {
    let run = parent.run;
    let file = parent.file(call.file).to_owned();
    let (line, column) = (call.block.location.line, call.block.location.column);
    let address = format!("{}module.{}", parent.prefix, call.name);
    let dir = if ModuleConfig::is_local(&call.source) {
        Some(join_dir(&parent.config.dir, &call.source))
    } else {
        run.downloaded_module_dir(&parent.calls, &call.name)
    };
    let Some(dir) = dir else {
        run.not_evaluated(&address, &call.source, &file, line);
        return Children::NotEvaluated(Why::RemoteModule);
    };
    if parent.calls.len() >= MAX_DEPTH {
        run.error(&file, line, column, format!("module \"{}\": calls nest deeper than {MAX_DEPTH} levels", call.name));
        return Children::NotEvaluated(Why::Error);
    }
    let Some(config) = run.module(&dir) else {
        run.error(&file, line, column, format!("module \"{}\": no Terraform files in \"{dir}\"", call.name));
        return Children::NotEvaluated(Why::Error);
    };
    let mut items = Vec::new();
    for (suffix, names) in keys.instances() {
        let mut ev = Evaluator::new(parent);
        let inputs: BTreeMap<String, (Val, (usize, usize))> = ev.with(names, |ev| {
            call.block
                .body
                .attributes
                .iter()
                .filter(|a| !META.contains(&a.name.as_str()))
                .map(|a| {
                    let value = ev.eval(&a.expr).unwrap_or_else(|message| {
                        run.error(&file, a.value_at.0, a.value_at.1, message);
                        Val::Unknown(Why::Error)
                    });
                    (a.name.clone(), (value, a.value_at))
                })
                .collect()
        });
        for (name, (_, at)) in &inputs {
            if !config.variables.contains_key(name) {
                let message =
                    format!("module \"{}\" has no variable \"{name}\" (source \"{}\")", call.name, call.source);
                run.error(&file, at.0, at.1, message);
            }
        }
        let mut vars = BTreeMap::new();
        for (name, variable) in &config.variables {
            let given =
                inputs.get(name).map(|(v, at)| (v.clone(), *at)).filter(|(v, _)| variable.nullable || *v != Val::Null);
            let value = match given {
                Some((value, at)) => match &variable.ty {
                    Some(ty) => ty.convert(value).unwrap_or_else(|e| {
                        run.error(&file, at.0, at.1, format!("variable \"{name}\" of module \"{}\": {e}", call.name));
                        Val::Unknown(Why::Error)
                    }),
                    None => value,
                },
                None => match &variable.default {
                    Some(default) => run.default_value(name, variable, default),
                    None => {
                        let message = format!("module \"{}\": the required variable \"{name}\" is not set", call.name);
                        run.error(&file, line, column, message);
                        Val::Unknown(Why::Error)
                    }
                },
            };
            vars.insert(name.clone(), value);
        }
        let mut calls = parent.calls.clone();
        calls.push(CallSite {
            name: call.name.clone(),
            address: format!("{address}{suffix}"),
            file: file.clone(),
            line,
        });
        let prefix = format!("{address}{suffix}.");
        items.push(Rc::new(Instance::new(run, config.clone(), prefix, vars, calls)));
    }
    Children::Evaluated { keys, items }
}

/// A variable's default, converted to its type.
pub fn default_value(variable: &super::config::Variable, default: &hcl::Expression) -> Result<Val, String> {
    let value = literal(default)?;
    match &variable.ty {
        Some(ty) => ty.convert(value),
        None => Ok(value),
    }
}
