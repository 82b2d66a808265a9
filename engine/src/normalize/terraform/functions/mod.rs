//! Terraform's built-in functions. Each group lives in its own file and answers `None` for names it
//! does not hold; a name no group holds yields an unknown value and is counted, never an error.

mod collections;
mod encoding;
mod files;
mod network;
mod numbers;
mod strings;
mod types;

use std::collections::BTreeMap;

use hcl::expr::FuncCall;

use super::evaluator::{Evaluator, Result};
use super::value::{Val, Why};

/// Functions whose result changes from run to run: unknown before apply.
const IMPURE: [&str; 6] = ["timestamp", "uuid", "plantimestamp", "bcrypt", "uuidv5", "timeadd"];

/// Functions that accept arguments with unknown elements (the unknown parts pass through).
const PARTIAL: [&str; 9] = ["length", "concat", "tolist", "merge", "lookup", "element", "keys", "flatten", "coalesce"];

/// Calls a function.
pub fn call(ev: &mut Evaluator, call: &FuncCall) -> Result<Val> {
    let name = call.name.name.as_str();
    if call.name.is_namespaced() {
        ev.resolver.unsupported_function(&call.name.to_string());
        return Ok(Val::Unknown(Why::UnsupportedFunction));
    }
    match name {
        "try" => return try_each(ev, &call.args),
        "can" => {
            arity(name, &call.args, 1)?;
            return Ok(match ev.eval(&call.args[0]) {
                Ok(Val::Unknown(why)) => Val::Unknown(why),
                Ok(_) => Val::Bool(true),
                Err(_) => Val::Bool(false),
            });
        }
        _ => {}
    }
    let mut args = call.args.iter().map(|a| ev.eval(a)).collect::<Result<Vec<_>>>()?;
    if call.expand_final {
        match args.pop() {
            Some(Val::List(items)) => args.extend(items),
            Some(Val::Unknown(why)) => return Ok(Val::Unknown(why)),
            _ => return Err(format!("{name}: the last argument of `...` must be a list")),
        }
    }
    if IMPURE.contains(&name) {
        return Ok(Val::Unknown(Why::Impure));
    }
    let unknown = match PARTIAL.contains(&name) {
        true => args.iter().find_map(|a| if let Val::Unknown(why) = a { Some(*why) } else { None }),
        false => args.iter().find_map(Val::unknown_reason),
    };
    if let Some(why) = unknown {
        return Ok(Val::Unknown(why));
    }
    let found = strings::call(name, &args)
        .or_else(|| numbers::call(name, &args))
        .or_else(|| collections::call(name, &args))
        .or_else(|| types::call(name, &args))
        .or_else(|| encoding::call(name, &args))
        .or_else(|| network::call(name, &args))
        .or_else(|| files::call(ev, name, &args));
    match found {
        Some(result) => result.map_err(|e| format!("{name}: {e}")),
        None => {
            ev.resolver.unsupported_function(name);
            Ok(Val::Unknown(Why::UnsupportedFunction))
        }
    }
}

/// `try(a, b, ...)`: the first argument that evaluates without an error.
fn try_each(ev: &mut Evaluator, args: &[hcl::Expression]) -> Result<Val> {
    for arg in args {
        if let Ok(value) = ev.eval(arg) {
            return Ok(value);
        }
    }
    Err("try: no expression succeeded".into())
}

pub(super) fn arity<T>(name: &str, args: &[T], n: usize) -> Result<()> {
    match args.len() == n {
        true => Ok(()),
        false => Err(format!("{name} takes {n} argument(s), got {}", args.len())),
    }
}

/// The `i`th argument, or an error naming it.
pub(super) fn arg(args: &[Val], i: usize) -> Result<&Val> {
    args.get(i).ok_or_else(|| format!("missing argument {}", i + 1))
}

pub(super) fn string(args: &[Val], i: usize) -> Result<String> {
    arg(args, i)?.as_string()
}

pub(super) fn number(args: &[Val], i: usize) -> Result<f64> {
    arg(args, i)?.as_number()
}

pub(super) fn list(args: &[Val], i: usize) -> Result<Vec<Val>> {
    match arg(args, i)? {
        Val::List(items) => Ok(items.clone()),
        Val::Map(_) => arg(args, i)?.elements(),
        other => Err(format!("argument {} must be a list, not a {}", i + 1, other.type_name())),
    }
}

pub(super) fn map(args: &[Val], i: usize) -> Result<BTreeMap<String, Val>> {
    match arg(args, i)? {
        Val::Map(map) => Ok(super::value::closed(map.clone())),
        other => Err(format!("argument {} must be a map, not a {}", i + 1, other.type_name())),
    }
}

/// A list of strings.
pub(super) fn strings(values: &[Val]) -> Result<Vec<String>> {
    values.iter().map(Val::as_string).collect()
}
