//! Filesystem functions: `file`, `fileexists`, `templatefile`, `abspath`, `dirname`, `basename`,
//! `pathexpand`. Files are read from the scanned tree (the work tree or a git revision).

use base64::Engine as _;

use super::{map, string};
use crate::normalize::terraform::evaluator::{Evaluator, Result};
use crate::normalize::terraform::value::Val;

pub fn call(ev: &mut Evaluator, name: &str, args: &[Val]) -> Option<Result<Val>> {
    let s = |i| string(args, i);
    Some(match name {
        "file" => s(0).and_then(|path| ev.resolver.read_file(&path)),
        "filebase64" => s(0).and_then(|path| ev.resolver.read_file(&path)).map(|text| match text {
            Val::String(text) => Val::String(base64::engine::general_purpose::STANDARD.encode(text)),
            other => other,
        }),
        "fileexists" => s(0).map(|path| match ev.resolver.read_file(&path) {
            Ok(Val::Unknown(why)) => Val::Unknown(why),
            result => Val::Bool(result.is_ok()),
        }),
        "templatefile" => (|| {
            let text = match ev.resolver.read_file(&s(0)?)? {
                Val::String(text) => text,
                other => return Ok(other),
            };
            let vars: Vec<(String, Val)> = map(args, 1)?.into_iter().collect();
            let template =
                hcl::expr::TemplateExpr::Heredoc(hcl::expr::Heredoc::new(hcl::Identifier::unchecked("EOT"), text));
            ev.with(vars, |ev| super::super::template::eval(ev, &template))
        })(),
        "filemd5" | "filesha1" | "filesha256" | "filesha512" | "filebase64sha256" | "filebase64sha512" => {
            s(0).and_then(|path| ev.resolver.read_file(&path)).and_then(|text| match text {
                Val::String(text) => {
                    let hash = name.strip_prefix("file").unwrap_or(name);
                    super::encoding::call(hash, &[Val::String(text)]).unwrap_or(Err(format!("no hash {hash}")))
                }
                other => Ok(other),
            })
        }
        "abspath" => s(0).map(|p| Val::String(p.trim_start_matches("./").to_owned())),
        "dirname" => s(0).map(|p| {
            Val::String(p.rsplit_once('/').map_or(".", |(d, _)| if d.is_empty() { "/" } else { d }).to_owned())
        }),
        "basename" => {
            s(0).map(|p| Val::String(p.trim_end_matches('/').rsplit('/').next().unwrap_or_default().to_owned()))
        }
        "pathexpand" => s(0).map(Val::String),
        _ => return None,
    })
}
