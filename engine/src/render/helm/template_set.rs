//! The chart's templates as one set, as Helm builds it: every template and helper of the chart and
//! its subcharts parsed together (so a `define` anywhere is visible everywhere; a parent's replaces a
//! subchart's of the same name), then each renderable template executed with its chart's data.
//! `include` and `tpl` reach the set through a weak handle, so the set and its functions hold no
//! cycle. Rendering is bounded: nesting of `include`/`tpl`, `range` iterations and output size.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock, Weak};

use gotmpl::{FuncMap, Template, TemplateError, Value};

use super::funcs_strings::{add, arg, fail, s, text};
use super::source::adapt;

/// How deep `include`/`tpl` may nest (`limits.render_depth`; Helm stops at 1000, charts use a handful).
fn max_nesting() -> usize {
    let limits = crate::model::limits::current();
    limits.render_depth.min(crate::model::limits::MAX_RENDER_DEPTH)
}

/// Iterations of all `range` actions of one template (`limits.render_iterations`).
fn max_range_iterations() -> u64 {
    crate::model::limits::current().render_iterations
}

thread_local! {
    static NESTING: Cell<usize> = const { Cell::new(0) };
}

/// One level of `include`/`tpl` nesting, released when dropped.
struct Nested;

impl Nested {
    fn enter() -> Result<Nested, TemplateError> {
        let depth = NESTING.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        let most = max_nesting();
        if depth > most {
            NESTING.with(|n| n.set(n.get() - 1));
            return Err(fail(format!("include/tpl nested more than {most} deep (limits.render_depth)")));
        }
        Ok(Nested)
    }
}

impl Drop for Nested {
    fn drop(&mut self) {
        NESTING.with(|n| n.set(n.get().saturating_sub(1)));
    }
}

#[derive(Default)]
struct Shared {
    set: OnceLock<Weak<Template>>,
    funcs: OnceLock<Weak<FuncMap>>,
}

/// A source file to add to the set: its name in Helm's terms (`chart/templates/x.yaml`), its text,
/// and whether it is rendered (else only its `define`s count).
pub struct Source<'a> {
    pub name: String,
    pub text: &'a str,
    pub rendered: Option<String>,
}

/// A parse error in one source.
#[derive(Debug)]
pub struct ParseFailure {
    pub name: String,
    pub error: TemplateError,
}

/// The parsed set, ready to execute templates by name.
pub struct TemplateSet {
    set: Arc<Template>,
    _funcs: Arc<FuncMap>,
}

impl TemplateSet {
    /// Parses every source as given; a rendered template's marked text is its body.
    pub fn build(sources: &[Source<'_>]) -> Result<TemplateSet, ParseFailure> {
        let shared = Arc::new(Shared::default());
        let funcs = Arc::new(functions(&shared));
        let mut set = Template::new("").funcs((*funcs).clone()).max_range_iters(max_range_iterations());
        // Each source is parsed once, in order (a later `define` replaces an earlier one): a rendered
        // template from its marked text, under its own name, with the `define`s it holds.
        for source in sources {
            let failure = |error| ParseFailure { name: source.name.clone(), error };
            let Some(marked) = &source.rendered else {
                set = set.parse(&adapt(source.text)).map_err(failure)?;
                continue;
            };
            let own = Template::new(&source.name).funcs((*funcs).clone()).parse(&adapt(marked)).map_err(failure)?;
            for name in own.templates() {
                if let Some(tree) = own.lookup(name) {
                    set = set.add_parse_tree(name, tree.clone());
                }
            }
        }
        let set = Arc::new(set);
        let _ = shared.set.set(Arc::downgrade(&set));
        let _ = shared.funcs.set(Arc::downgrade(&funcs));
        Ok(TemplateSet { set, _funcs: funcs })
    }

    /// Whether a template of that name has a body.
    pub fn has(&self, name: &str) -> bool {
        self.set.lookup(name).is_some()
    }

    /// Executes one template with its data.
    pub fn execute(&self, name: &str, data: &Value) -> Result<String, TemplateError> {
        NESTING.with(|n| n.set(0));
        self.set.execute_template_to_string(name, data)
    }
}

/// Every function a chart may call: Go's built-ins (from the engine), Sprig's, Helm's.
fn functions(shared: &Arc<Shared>) -> FuncMap {
    let mut m = FuncMap::new();
    super::funcs_strings::register(&mut m);
    super::funcs_collections::register(&mut m);
    super::funcs_values::register(&mut m);
    super::context::register(&mut m);
    let for_include = shared.clone();
    add(&mut m, "include", move |a| {
        let set = for_include.set.get().and_then(Weak::upgrade).ok_or_else(|| fail("include: no templates"))?;
        let _nested = Nested::enter()?;
        set.execute_template_to_string(&text(a, 0), arg(a, 1)).map(|out| s(super::provenance::clean(&out)))
    });
    let for_tpl = shared.clone();
    add(&mut m, "tpl", move |a| {
        let funcs = for_tpl.funcs.get().and_then(Weak::upgrade).ok_or_else(|| fail("tpl: no functions"))?;
        let _nested = Nested::enter()?;
        let source = text(a, 0);
        let mut template = Template::new("tpl").funcs((*funcs).clone()).max_range_iters(max_range_iterations());
        // `template "x"` inside the text needs the chart's defines (copied only then: it is rare).
        let set = for_tpl.set.get().and_then(Weak::upgrade);
        if let Some(set) = set.filter(|_| source.contains("template") || source.contains("block")) {
            for name in set.templates() {
                if let Some(tree) = set.lookup(name) {
                    template = template.add_parse_tree(name, tree.clone());
                }
            }
        }
        let template = template.parse(&adapt(&source))?;
        template.execute_to_string(arg(a, 1)).map(|out| s(out.replace("<no value>", "")))
    });
    // A render never makes secrets: the hash of a password is a fixed stand-in (Helm's is random).
    add(&mut m, "htpasswd", |a| Ok(s(format!("{}:$2a$10$tollgate.render.does.not.hash.passwords", text(a, 0)))));
    super::funcs_strings::aliases(&mut m);
    for name in [
        "toToml",
        "genCA",
        "genPrivateKey",
        "genSelfSignedCert",
        "genSignedCert",
        "derivePassword",
        "encryptAES",
        "decryptAES",
        "env",
        "expandenv",
    ] {
        add(&mut m, name, move |_| Err(fail(format!("function {name:?} is not supported by the built-in renderer"))));
    }
    m
}

/// Data for one template: its chart's data plus `.Template`.
pub fn with_template(chart_data: &BTreeMap<Arc<str>, Value>, template: Value) -> Value {
    let mut data = chart_data.clone();
    data.insert(Arc::from("Template"), template);
    Value::Map(Arc::new(data))
}
