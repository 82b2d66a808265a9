//! Terraform's binary operators over values, with unknowns.

use hcl::BinaryOperator;

use super::value::Val;

/// `lhs op rhs`.
pub fn binary(lhs: Val, op: BinaryOperator, rhs: Val) -> Result<Val, String> {
    use BinaryOperator::*;
    // `false && unknown` is false and `true || unknown` is true whatever the unknown turns out to be.
    match (op, &lhs, &rhs) {
        (And, Val::Bool(false), _) | (And, _, Val::Bool(false)) => return Ok(Val::Bool(false)),
        (Or, Val::Bool(true), _) | (Or, _, Val::Bool(true)) => return Ok(Val::Bool(true)),
        _ => {}
    }
    if let Some(why) = lhs.unknown_reason().or_else(|| rhs.unknown_reason()) {
        return Ok(Val::Unknown(why));
    }
    Ok(match op {
        Eq => Val::Bool(equal(&lhs, &rhs)),
        NotEq => Val::Bool(!equal(&lhs, &rhs)),
        And => Val::Bool(lhs.as_bool()? && rhs.as_bool()?),
        Or => Val::Bool(lhs.as_bool()? || rhs.as_bool()?),
        Less => Val::Bool(lhs.as_number()? < rhs.as_number()?),
        LessEq => Val::Bool(lhs.as_number()? <= rhs.as_number()?),
        Greater => Val::Bool(lhs.as_number()? > rhs.as_number()?),
        GreaterEq => Val::Bool(lhs.as_number()? >= rhs.as_number()?),
        Plus => Val::Number(lhs.as_number()? + rhs.as_number()?),
        Minus => Val::Number(lhs.as_number()? - rhs.as_number()?),
        Mul => Val::Number(lhs.as_number()? * rhs.as_number()?),
        Div => {
            let divisor = rhs.as_number()?;
            if divisor == 0.0 {
                return Err("division by zero".into());
            }
            Val::Number(lhs.as_number()? / divisor)
        }
        Mod => {
            let divisor = rhs.as_number()?;
            if divisor == 0.0 {
                return Err("modulo by zero".into());
            }
            Val::Number(lhs.as_number()? % divisor)
        }
    })
}

/// Terraform equality: same type and value (a number never equals a string).
pub fn equal(a: &Val, b: &Val) -> bool {
    match (a, b) {
        (Val::Number(x), Val::Number(y)) => x == y,
        (Val::List(x), Val::List(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| equal(a, b)),
        (Val::Map(x), Val::Map(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|((ka, va), (kb, vb))| ka == kb && equal(va, vb))
        }
        _ => a == b,
    }
}

/// Removes repeated elements, keeping the first of each.
pub fn dedup(items: Vec<Val>) -> Vec<Val> {
    let mut out: Vec<Val> = Vec::with_capacity(items.len());
    for item in items {
        if !out.iter().any(|v| equal(v, &item)) {
            out.push(item);
        }
    }
    out
}

/// A set's elements in Terraform's order (strings sorted; other elements as they came).
pub fn sorted_set(items: Vec<Val>) -> Vec<Val> {
    let mut items = dedup(items);
    if items.iter().all(|v| matches!(v, Val::String(_))) {
        items.sort_by_key(|v| v.as_string().unwrap_or_default());
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::terraform::value::Why;

    #[test]
    fn unknowns_propagate_except_where_the_answer_is_fixed() {
        let unknown = || Val::Unknown(Why::Computed);
        assert_eq!(binary(Val::Bool(false), BinaryOperator::And, unknown()), Ok(Val::Bool(false)));
        assert_eq!(binary(unknown(), BinaryOperator::Plus, Val::Number(1.0)), Ok(unknown()));
        assert_eq!(binary(Val::Number(1.0), BinaryOperator::Eq, Val::str("1")), Ok(Val::Bool(false)));
        assert_eq!(binary(Val::Number(7.0), BinaryOperator::Mod, Val::Number(4.0)), Ok(Val::Number(3.0)));
        assert!(binary(Val::Number(1.0), BinaryOperator::Div, Val::Number(0.0)).is_err());
    }
}
