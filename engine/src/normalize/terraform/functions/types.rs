//! Type conversion functions: `tolist`, `toset`, `tomap`, `tostring`, `tonumber`, `tobool`, `type`.

use super::{arg, arity};
use crate::normalize::terraform::evaluator::Result;
use crate::normalize::terraform::operators::sorted_set;
use crate::normalize::terraform::value::Val;

pub fn call(name: &str, args: &[Val]) -> Option<Result<Val>> {
    let one = || -> Result<&Val> {
        arity(name, args, 1)?;
        arg(args, 0)
    };
    Some(match name {
        "tolist" => one().and_then(|v| Ok(Val::List(v.elements()?))),
        "toset" => one().and_then(|v| Ok(Val::List(sorted_set(v.elements()?)))),
        "tomap" => one().and_then(|v| match v {
            Val::Map(_) => Ok(v.clone()),
            other => Err(format!("cannot convert a {} to a map", other.type_name())),
        }),
        "tostring" => one().and_then(|v| match v {
            Val::Null => Ok(Val::Null),
            v => v.as_string().map(Val::String),
        }),
        "tonumber" => one().and_then(|v| match v {
            Val::Null => Ok(Val::Null),
            v => v.as_number().map(Val::Number),
        }),
        "tobool" => one().and_then(|v| match v {
            Val::Null => Ok(Val::Null),
            v => v.as_bool().map(Val::Bool),
        }),
        "type" => one().map(|v| Val::str(v.type_name())),
        "sensitive" | "nonsensitive" => one().cloned(),
        _ => return None,
    })
}
