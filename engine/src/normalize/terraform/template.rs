//! String templates and heredocs: `"${...}"` interpolations and `%{ if }` / `%{ for }` directives,
//! with Terraform's `~` whitespace stripping.

use hcl::expr::{HeredocStripMode, TemplateExpr};
use hcl::template::{Directive, Element, Strip, Template};

use super::evaluator::{Evaluator, Result};
use super::value::{Val, Why};

/// Evaluates a template expression. A template that is one interpolation (`"${var.list}"`) yields the
/// value itself, as in Terraform.
pub fn eval(ev: &mut Evaluator, expr: &TemplateExpr) -> Result<Val> {
    let mut template = Template::from_expr(expr).map_err(|e| format!("invalid template: {e}"))?;
    if let TemplateExpr::Heredoc(heredoc) = expr
        && heredoc.strip == HeredocStripMode::Indent
    {
        dedent_nested(&mut template);
    }
    if let [Element::Interpolation(interp)] = template.elements() {
        return ev.eval(&interp.expr);
    }
    let mut out = String::new();
    match render(ev, &template, Strip::None, Strip::None, &mut out)? {
        Some(why) => Ok(Val::Unknown(why)),
        None => Ok(Val::String(out)),
    }
}

/// Renders `template` into `out`; returns why it is unknown, if it is.
fn render(ev: &mut Evaluator, template: &Template, prev: Strip, next: Strip, out: &mut String) -> Result<Option<Why>> {
    let elements = template.elements();
    let len = elements.len();
    for (i, element) in elements.iter().enumerate() {
        let before = if i == 0 { prev } else { strip_of(&elements[i - 1]) };
        let after = if i + 1 == len { next } else { strip_of(&elements[i + 1]) };
        let unknown = match element {
            Element::Literal(text) => {
                out.push_str(strip_literal(text, before, after));
                None
            }
            Element::Interpolation(interp) => match ev.eval(&interp.expr)? {
                Val::Unknown(why) => Some(why),
                value => {
                    out.push_str(&value.as_string()?);
                    None
                }
            },
            Element::Directive(directive) => match directive.as_ref() {
                Directive::If(dir) => match ev.eval(&dir.cond_expr)? {
                    Val::Unknown(why) => Some(why),
                    cond if cond.as_bool()? => {
                        let end = if dir.false_template.is_some() { dir.else_strip } else { dir.endif_strip };
                        render(ev, &dir.true_template, dir.if_strip, end, out)?
                    }
                    _ => match &dir.false_template {
                        Some(t) => render(ev, t, dir.else_strip, dir.endif_strip, out)?,
                        None => None,
                    },
                },
                Directive::For(dir) => {
                    let pairs: Vec<(Val, Val)> = match ev.eval(&dir.collection_expr)? {
                        Val::Unknown(why) => return Ok(Some(why)),
                        Val::List(items) => {
                            items.into_iter().enumerate().map(|(i, v)| (Val::Number(i as f64), v)).collect()
                        }
                        Val::Map(map) => {
                            super::value::closed(map).into_iter().map(|(k, v)| (Val::String(k), v)).collect()
                        }
                        other => {
                            return Err(format!(
                                "a template for directive cannot iterate over a {}",
                                other.type_name()
                            ));
                        }
                    };
                    let mut unknown = None;
                    for (key, value) in pairs {
                        let mut names = vec![(dir.value_var.to_string(), value)];
                        if let Some(key_var) = &dir.key_var {
                            names.push((key_var.to_string(), key));
                        }
                        let why =
                            ev.with(names, |ev| render(ev, &dir.template, dir.for_strip, dir.endfor_strip, out))?;
                        unknown = unknown.or(why);
                    }
                    unknown
                }
            },
        };
        if unknown.is_some() {
            return Ok(unknown);
        }
    }
    Ok(None)
}

/// `<<-EOT`: the parser strips the shared indentation from the heredoc's own lines, not from the
/// lines inside `%{ for }` / `%{ if }` bodies; those are dedented here the same way.
fn dedent_nested(template: &mut Template) {
    for element in template.elements_mut() {
        if let Element::Directive(directive) = element {
            let bodies: Vec<&mut Template> = match directive.as_mut() {
                Directive::If(d) => std::iter::once(&mut d.true_template).chain(d.false_template.as_mut()).collect(),
                Directive::For(d) => vec![&mut d.template],
            };
            for body in bodies {
                dedent_literals(body);
                dedent_nested(body);
            }
        }
    }
}

/// Removes the indentation the literal lines of one template body share (lines that start after an
/// interpolation or directive on the same line are not counted).
fn dedent_literals(template: &mut Template) {
    let indent_of = |line: &str| line.len() - line.trim_start_matches([' ', '\t']).len();
    let mut indent: Option<usize> = None;
    let mut at_line_start = false;
    for element in template.elements() {
        if let Element::Literal(text) = element {
            for (i, line) in text.split('\n').enumerate() {
                if (i > 0 || at_line_start) && !line.trim().is_empty() {
                    indent = Some(indent.map_or(indent_of(line), |n| n.min(indent_of(line))));
                }
            }
            at_line_start = text.ends_with('\n');
        } else {
            at_line_start = false;
        }
    }
    let Some(indent) = indent.filter(|n| *n > 0) else {
        return;
    };
    let mut at_line_start = false;
    for element in template.elements_mut() {
        if let Element::Literal(text) = element {
            let lines: Vec<String> = text
                .split('\n')
                .enumerate()
                .map(|(i, line)| match i > 0 || at_line_start {
                    true => line[indent_of(line).min(indent)..].to_owned(),
                    false => line.to_owned(),
                })
                .collect();
            at_line_start = text.ends_with('\n');
            *text = lines.join("\n");
        } else {
            at_line_start = false;
        }
    }
}

/// The `~` markers of an element: on its start and on its end.
fn strip_of(element: &Element) -> Strip {
    match element {
        Element::Literal(_) => Strip::None,
        Element::Interpolation(interp) => interp.strip,
        Element::Directive(dir) => {
            let (start, end) = match dir.as_ref() {
                Directive::If(d) => (d.if_strip, d.endif_strip),
                Directive::For(d) => (d.for_strip, d.endfor_strip),
            };
            Strip::from((start.strip_start(), end.strip_end()))
        }
    }
}

/// Strips spaces and one line break next to a `~` marker.
fn strip_literal(mut literal: &str, prev: Strip, next: Strip) -> &str {
    let is_space = |c: char| c.is_whitespace() && c != '\r' && c != '\n';
    if prev.strip_end() {
        literal = literal.trim_start_matches(is_space);
        literal = literal.strip_prefix("\r\n").or_else(|| literal.strip_prefix('\n')).unwrap_or(literal);
    }
    if next.strip_start() {
        literal = literal.trim_end_matches(is_space);
        literal = literal.strip_suffix("\r\n").or_else(|| literal.strip_suffix('\n')).unwrap_or(literal);
    }
    literal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::terraform::types::literal;

    fn eval_attr(src: &str) -> Val {
        let body = hcl::edit::parser::parse_body(src).unwrap();
        let attr = body.get_attribute("v").unwrap();
        let expr: hcl::Expression = attr.value.clone().into();
        literal(&expr).unwrap()
    }

    #[test]
    fn heredocs_strip_indentation_and_directives_whitespace() {
        let src = "v = <<-EOT\n    #!/bin/bash\n    %{for n in [\"a\", \"b\"]~}\n    echo ${n}\n    %{endfor~}\n    %{if true}yes%{else}no%{endif}\n  EOT\n";
        assert_eq!(eval_attr(src), Val::str("#!/bin/bash\necho a\necho b\nyes\n"));
        assert_eq!(eval_attr("v = \"x-${1 + 1}\"\n"), Val::str("x-2"));
        assert_eq!(eval_attr("v = \"${[1]}\"\n"), Val::List(vec![Val::Number(1.0)]));
    }
}
