//! Numeric functions: `abs`, `ceil`, `floor`, `max`, `min`, `pow`, `signum`, `parseint`, `log`.

use super::{arity, number, string};
use crate::normalize::terraform::evaluator::Result;
use crate::normalize::terraform::value::Val;

pub fn call(name: &str, args: &[Val]) -> Option<Result<Val>> {
    let unary = |f: fn(f64) -> f64| -> Result<Val> {
        arity(name, args, 1)?;
        Ok(Val::Number(f(number(args, 0)?)))
    };
    let all = || args.iter().map(Val::as_number).collect::<Result<Vec<f64>>>();
    Some(match name {
        "abs" => unary(f64::abs),
        "ceil" => unary(f64::ceil),
        "floor" => unary(f64::floor),
        "signum" => unary(|n| if n == 0.0 { 0.0 } else { n.signum() }),
        "max" => all().and_then(|v| v.into_iter().reduce(f64::max).map(Val::Number).ok_or("no arguments".into())),
        "min" => all().and_then(|v| v.into_iter().reduce(f64::min).map(Val::Number).ok_or("no arguments".into())),
        "pow" => (|| Ok(Val::Number(number(args, 0)?.powf(number(args, 1)?))))(),
        "log" => (|| Ok(Val::Number(number(args, 0)?.ln() / number(args, 1)?.ln())))(),
        "parseint" => (|| {
            let base = number(args, 1)? as u32;
            if !(2..=62).contains(&base) {
                return Err(format!("base {base} is out of range"));
            }
            let text = string(args, 0)?;
            i64::from_str_radix(&text, base)
                .map(|n| Val::Number(n as f64))
                .map_err(|_| format!("cannot parse \"{text}\" as a base {base} integer"))
        })(),
        _ => return None,
    })
}
