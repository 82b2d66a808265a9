//! Module calls: the source resolved (a local directory, a download recorded in
//! `.terraform/modules/modules.json`, or a module `--download-modules` fetched), `count`/`for_each` expanded, and the inputs evaluated in the
//! caller and converted to the child's variable types.

use super::body::META;
use super::config::Variable;
use super::config::{ModuleCall, ModuleConfig, join_dir};
use super::evaluator::Evaluator;
use super::frame::{CallSite, Children, Instance, Variables};
use super::keys::Keys;
use super::types::literal;
use super::value::{Val, Why};

/// Creates the child instances of a module call.
pub fn expand<'r>(parent: &Instance<'r>, call: &ModuleCall, keys: Keys) -> Children<'r> {
    let run = parent.run;
    let file = parent.file(call.file).to_owned();
    let (line, column) = (call.block.location.line, call.block.location.column);
    let address = format!("{}module.{}", parent.prefix, call.name);
    let dir = if ModuleConfig::is_local(&call.source) {
        Some(join_dir(&parent.config.dir, &call.source))
    } else {
        run.downloaded_module_dir(&parent.calls, &call.name).or_else(|| run.fetched_module_dir(call))
    };
    let Some(dir) = dir else {
        run.not_evaluated(&address, &call.source, &file, line);
        return Children::NotEvaluated(Why::RemoteModule);
    };
    let limits = crate::model::limits::current();
    let max_depth = limits.module_depth.min(crate::model::limits::MAX_MODULE_DEPTH);
    if parent.calls.len() >= max_depth {
        run.error(
            &file,
            line,
            column,
            format!("module \"{}\": calls nest deeper than {max_depth} levels (limits.module_depth)", call.name),
        );
        return Children::NotEvaluated(Why::Error);
    }
    let Some(config) = run.module(&dir) else {
        run.error(&file, line, column, format!("module \"{}\": no Terraform files in \"{dir}\"", call.name));
        return Children::NotEvaluated(Why::Error);
    };
    for a in call.block.body.attributes.iter().filter(|a| !META.contains(&a.name.as_str())) {
        if !config.variables.contains_key(&a.name) {
            let message =
                format!("module \"{}\" has no variable \"{}\" (source \"{}\")", call.name, a.name, call.source);
            run.error(&file, a.value_at.0, a.value_at.1, message);
        }
    }
    for (name, variable) in &config.variables {
        if variable.default.is_none() && call.block.body.attribute(name).is_none() {
            let message = format!("module \"{}\": the required variable \"{name}\" is not set", call.name);
            run.error(&file, line, column, message);
        }
    }
    let instances = keys.instances();
    let created = run.module_instances.get() + instances.len();
    if created > limits.instances {
        let message = format!(
            "module \"{}\": more than {} module instances in one root module (limits.instances)",
            call.name, limits.instances
        );
        run.error(&file, line, column, message);
        return Children::NotEvaluated(Why::Error);
    }
    run.module_instances.set(created);
    let mut items = Vec::new();
    for (suffix, names) in instances {
        let mut calls = parent.calls.clone();
        calls.push(CallSite {
            name: call.name.clone(),
            address: format!("{address}{suffix}"),
            file: file.clone(),
            line,
        });
        let variables =
            Variables::Call { parent: parent.me.clone(), call: Box::new(call.clone()), file: file.clone(), names };
        items.push(Instance::new(run, config.clone(), format!("{address}{suffix}."), variables, calls));
    }
    Children::Evaluated { keys, items }
}

/// The value of a module instance's variable: its input evaluated in the caller (with the call's
/// `count`/`for_each` names), converted to the variable's type; or its default.
pub fn input(
    parent: &Instance,
    call: &ModuleCall,
    file: &str,
    names: &[(String, Val)],
    name: &str,
    variable: &Variable,
) -> Val {
    let run = parent.run;
    let given = call.block.body.attribute(name).filter(|a| !META.contains(&a.name.as_str()));
    let value = given.map(|a| {
        let value = Evaluator::new(parent).with(names.to_vec(), |ev| ev.eval(&a.expr));
        (value, a.value_at)
    });
    match value {
        Some((Err(message), at)) => {
            run.error(file, at.0, at.1, message);
            Val::Unknown(Why::Error)
        }
        Some((Ok(Val::Null), _)) if !variable.nullable && variable.default.is_some() => {
            variable.default.as_ref().map_or(Val::Null, |d| run.default_value(name, variable, d))
        }
        Some((Ok(value), at)) => match &variable.ty {
            Some(ty) => ty.convert(value).unwrap_or_else(|e| {
                run.error(file, at.0, at.1, format!("variable \"{name}\" of module \"{}\": {e}", call.name));
                Val::Unknown(Why::Error)
            }),
            None => value,
        },
        None => match &variable.default {
            Some(default) => run.default_value(name, variable, default),
            None => Val::Unknown(Why::Error),
        },
    }
}

/// A variable's default, converted to its type.
pub fn default_value(variable: &super::config::Variable, default: &hcl::Expression) -> Result<Val, String> {
    let value = literal(default)?;
    match &variable.ty {
        Some(ty) => ty.convert(value),
        None => Ok(value),
    }
}
