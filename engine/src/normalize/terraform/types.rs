//! Variable type constraints (`number`, `list(string)`, `object({ a = optional(bool, true) })`) and
//! the conversions Terraform applies to values given for them.

use std::collections::BTreeMap;

use hcl::expr::{Expression, ObjectKey};

use super::evaluator::{Evaluator, Result};
use super::operators::sorted_set;
use super::value::Val;

/// A type constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    Any,
    String,
    Number,
    Bool,
    List(Box<Type>),
    Set(Box<Type>),
    Map(Box<Type>),
    Tuple(Vec<Type>),
    /// Attributes with, for `optional(...)` ones, their default (`Some(None)`: optional, no default).
    Object(BTreeMap<String, (Type, Option<Option<Val>>)>),
}

impl Type {
    /// Reads a `type = ...` expression.
    pub fn parse(expr: &Expression) -> Result<Type> {
        Ok(match expr {
            Expression::Variable(v) => match v.as_str() {
                "any" => Type::Any,
                "string" => Type::String,
                "number" => Type::Number,
                "bool" => Type::Bool,
                "list" => Type::List(Box::new(Type::Any)),
                "map" => Type::Map(Box::new(Type::Any)),
                "set" => Type::Set(Box::new(Type::Any)),
                other => return Err(format!("unknown type \"{other}\"")),
            },
            Expression::FuncCall(call) => {
                let arg = |i: usize| call.args.get(i).ok_or_else(|| format!("{}() needs an argument", call.name.name));
                match call.name.name.as_str() {
                    "list" => Type::List(Box::new(Type::parse(arg(0)?)?)),
                    "set" => Type::Set(Box::new(Type::parse(arg(0)?)?)),
                    "map" => Type::Map(Box::new(Type::parse(arg(0)?)?)),
                    "tuple" => match arg(0)? {
                        Expression::Array(items) => Type::Tuple(items.iter().map(Type::parse).collect::<Result<_>>()?),
                        _ => return Err("tuple() takes a list of types".into()),
                    },
                    "object" => match arg(0)? {
                        Expression::Object(object) => {
                            let mut attrs = BTreeMap::new();
                            for (key, value) in object.iter() {
                                let name = match key {
                                    ObjectKey::Identifier(i) => i.to_string(),
                                    ObjectKey::Expression(Expression::String(s)) => s.clone(),
                                    _ => return Err("object attribute names must be names".into()),
                                };
                                attrs.insert(name, optional(value)?);
                            }
                            Type::Object(attrs)
                        }
                        _ => return Err("object() takes an object of types".into()),
                    },
                    other => return Err(format!("unknown type constructor \"{other}\"")),
                }
            }
            Expression::Parenthesis(inner) => Type::parse(inner)?,
            _ => return Err("invalid type constraint".into()),
        })
    }

    /// Converts `value` to this type, filling optional object attributes.
    pub fn convert(&self, value: Val) -> Result<Val> {
        let value = match value {
            Val::Unknown(_) | Val::Null => return Ok(value),
            Val::Map(map) => Val::Map(super::value::closed(map)),
            other => other,
        };
        Ok(match self {
            Type::Any => value,
            Type::String => Val::String(value.as_string()?),
            Type::Number => Val::Number(value.as_number()?),
            Type::Bool => Val::Bool(value.as_bool()?),
            Type::List(t) => {
                Val::List(elements(value, "list")?.into_iter().map(|v| t.convert(v)).collect::<Result<_>>()?)
            }
            Type::Set(t) => {
                let items = elements(value, "set")?.into_iter().map(|v| t.convert(v)).collect::<Result<_>>()?;
                Val::List(sorted_set(items))
            }
            Type::Tuple(types) => {
                let items = elements(value, "tuple")?;
                if items.len() != types.len() {
                    return Err(format!("a tuple of {} elements is required, got {}", types.len(), items.len()));
                }
                Val::List(types.iter().zip(items).map(|(t, v)| t.convert(v)).collect::<Result<_>>()?)
            }
            Type::Map(t) => match value {
                Val::Map(map) => Val::Map(map.into_iter().map(|(k, v)| Ok((k, t.convert(v)?))).collect::<Result<_>>()?),
                other => return Err(format!("a map is required, got a {}", other.type_name())),
            },
            Type::Object(attrs) => match value {
                Val::Map(mut map) => {
                    let mut out = BTreeMap::new();
                    for (name, (t, optional)) in attrs {
                        let v = match (map.remove(name), optional) {
                            (Some(Val::Null) | None, Some(Some(default))) => default.clone(),
                            (Some(v), _) => t.convert(v).map_err(|e| format!("attribute \"{name}\": {e}"))?,
                            (None, Some(None)) => Val::Null,
                            (None, None) => return Err(format!("attribute \"{name}\" is required")),
                        };
                        out.insert(name.clone(), v);
                    }
                    Val::Map(out)
                }
                other => return Err(format!("an object is required, got a {}", other.type_name())),
            },
        })
    }
}

/// `optional(type)` / `optional(type, default)` or a plain type.
fn optional(expr: &Expression) -> Result<(Type, Option<Option<Val>>)> {
    match expr {
        Expression::FuncCall(call) if call.name.name.as_str() == "optional" => {
            let t = Type::parse(call.args.first().ok_or("optional() needs a type")?)?;
            let default = match call.args.get(1) {
                Some(d) => Some(t.convert(literal(d)?)?),
                None => None,
            };
            Ok((t, Some(default)))
        }
        other => Ok((Type::parse(other)?, None)),
    }
}

/// A constant expression's value (defaults and tfvars hold no references).
pub fn literal(expr: &Expression) -> Result<Val> {
    struct NoNames;
    impl super::evaluator::Resolver for NoNames {
        fn resolve(&self, root: &str, _: &[&str]) -> Result<(Val, usize)> {
            Err(format!("variables are not allowed here (\"{root}\")"))
        }
        fn read_file(&self, _: &str) -> Result<Val> {
            Err("files cannot be read here".into())
        }
    }
    Evaluator::new(&NoNames).eval(expr)
}

fn elements(value: Val, what: &str) -> Result<Vec<Val>> {
    match value {
        Val::List(items) => Ok(items),
        other => Err(format!("a {what} is required, got a {}", other.type_name())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(src: &str) -> Type {
        let body: hcl::Body = hcl::from_str(&format!("t = {src}")).unwrap();
        Type::parse(body.attributes().next().unwrap().expr()).unwrap()
    }

    #[test]
    fn converts_values_and_fills_optional_attributes() {
        assert_eq!(ty("number").convert(Val::str("5")).unwrap(), Val::Number(5.0));
        assert_eq!(
            ty("list(string)").convert(Val::List(vec![Val::Number(1.0)])).unwrap(),
            Val::List(vec![Val::str("1")])
        );
        let object = ty("object({ name = string, public = optional(bool, false), tags = optional(map(string)) })");
        let given = Val::Map(BTreeMap::from([("name".into(), Val::str("a"))]));
        let converted = object.convert(given).unwrap();
        assert_eq!(
            converted,
            Val::Map(BTreeMap::from([
                ("name".into(), Val::str("a")),
                ("public".into(), Val::Bool(false)),
                ("tags".into(), Val::Null)
            ]))
        );
        assert!(object.convert(Val::Map(BTreeMap::new())).unwrap_err().contains("\"name\" is required"));
        assert!(ty("bool").convert(Val::str("yes")).is_err());
    }
}
