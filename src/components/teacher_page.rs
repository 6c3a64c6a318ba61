//! The teacher's page (`?page=teacher`, issue 17): the lesson material read from `teacher/{lang}.json` (goals and
//! programmes, misconceptions, plan, simplifications, questions, answers, the printable worksheet), the "link for my
//! class" builder (its link is the model's `teacher::class_link` through the URL codec) and the class tally of
//! pasted answer codes (`challenge::tally`), all in the browser. The long texts stay out of the wasm.

use std::rc::Rc;

use cloudfall_model::challenge::tally;
use cloudfall_model::scenario::{ClassLink, Page};
use cloudfall_model::story::STEPS;
use cloudfall_model::teacher::{class_link, parse_material, start_choices, Material, Section, Start};
use cloudfall_model::{Action, Lang, Scenario};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::{class_texts, lang_name};
use crate::{browser, ModelRef};

#[derive(Properties, PartialEq)]
pub struct TeacherPageProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub onswitch: Callback<Action>,
}

/// Where the material stands.
#[derive(Clone, PartialEq)]
enum Loaded {
    Pending,
    Ready(Rc<Material>),
    Failed(String),
}

/// The builder's choices: language, story step, what the map opens with, class options.
#[derive(Clone, PartialEq)]
struct Choices {
    lang: Lang,
    step: Option<u8>,
    /// What the map opens with when no story step is chosen (`off=` or `incident=`).
    start: Start,
    class: ClassLink,
    /// The data version pinned in the link (`v=`), if the teacher asks for it.
    version: Option<String>,
}

#[component]
pub fn TeacherPage(props: &TeacherPageProps) -> Html {
    let lang = props.scenario.lang;
    let class = class_texts(lang);
    let material = use_state(|| Loaded::Pending);
    {
        let material = material.clone();
        use_effect_with(lang, move |lang| {
            let url = format!("teacher/{}.json", lang.code());
            material.set(Loaded::Pending);
            wasm_bindgen_futures::spawn_local(async move {
                material.set(match browser::fetch_text(&url).await.and_then(|text| parse_material(&text)) {
                    Ok(read) => Loaded::Ready(Rc::new(read)),
                    Err(message) => Loaded::Failed(message),
                });
            });
        });
    }
    let choices =
        use_state(|| Choices { lang, step: Some(1), start: Start::AllOn, class: ClassLink::default(), version: None });
    // The incidents, providers and biggest regions of the model (one blast radius, once per model).
    let starts = use_memo(props.model.clone(), |model| start_choices(model));
    let codes = use_state(String::new);
    let counted = use_memo((*codes).clone(), |codes| tally(codes));
    let version = props.model.info.version.clone();
    let link = format!(
        "{}{}",
        browser::page_address(),
        class_link(
            &props.model,
            choices.lang,
            choices.step,
            &choices.start,
            choices.class.clone(),
            choices.version.clone()
        )
        .to_query()
    );

    let update = |change: fn(&mut Choices, &web_sys::Event)| {
        let choices = choices.clone();
        Callback::from(move |event: Event| {
            let mut next = (*choices).clone();
            change(&mut next, &event);
            choices.set(next);
        })
    };
    let onlang = update(|choices, event| {
        let value = event.target_unchecked_into::<HtmlSelectElement>().value();
        choices.lang = Lang::from_code(&value).unwrap_or_default();
    });
    let onstep = update(|choices, event| {
        choices.step = event.target_unchecked_into::<HtmlSelectElement>().value().parse().ok();
    });
    let onstart = update(|choices, event| {
        choices.start = Start::from_code(&event.target_unchecked_into::<HtmlSelectElement>().value());
    });
    let onvalues = update(|c, e| c.class.hide_values = e.target_unchecked_into::<HtmlInputElement>().checked());
    let start_name = |start: &Start| match start {
        Start::AllOn => class.builder_start_all_on.to_string(),
        Start::Incident(id) => props
            .model
            .incident(id)
            .map_or(id.clone(), |incident| (class.builder_start_incident)(incident.name(lang), &incident.date)),
        Start::Off(id) => (class.builder_start_off)(
            props.model.lookup(id).map_or(id.as_str(), |index| props.model.node(index).name_in(lang)),
        ),
    };
    let onlock = update(|c, e| c.class.lock = e.target_unchecked_into::<HtmlInputElement>().checked());
    let onedges = update(|c, e| c.class.hide_edges = e.target_unchecked_into::<HtmlInputElement>().checked());
    let onlabels = update(|c, e| c.class.hide_labels = e.target_unchecked_into::<HtmlInputElement>().checked());
    let onprojector = update(|c, e| c.class.projector = e.target_unchecked_into::<HtmlInputElement>().checked());
    let onversion = {
        let (choices, version) = (choices.clone(), version.clone());
        Callback::from(move |event: Event| {
            let pin = event.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = (*choices).clone();
            next.version = pin.then(|| version.clone());
            choices.set(next);
        })
    };
    let oncodes = {
        let codes = codes.clone();
        Callback::from(move |event: InputEvent| codes.set(event.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let onback = {
        let onswitch = props.onswitch.clone();
        Callback::from(move |_: MouseEvent| onswitch.emit(Action::SetPage(Page::Explorer)))
    };
    let onprint = Callback::from(|_: MouseEvent| {
        if let Err(message) = browser::print_page() {
            browser::warn(&message);
        }
    });
    let checkbox = |id: &'static str, label: &'static str, on: bool, onchange: Callback<Event>| {
        html! {
            <label for={id} class="check">
                <input type="checkbox" {id} data-builder={id} checked={on} {onchange} />{ label }
            </label>
        }
    };
    let step_one = format!(
        "{}{}",
        browser::page_address(),
        class_link(&props.model, lang, Some(1), &Start::AllOn, ClassLink::default(), None).to_query()
    );

    let material_html = match &*material {
        Loaded::Pending => html! { <p role="status">{ class.teacher_loading }</p> },
        Loaded::Failed(message) => {
            html! { <p class="notice" role="alert">{ class.teacher_missing }{ " " }{ message }</p> }
        }
        Loaded::Ready(material) => html! {
            <>
                <section class="panel" aria-labelledby="goals-heading" data-section="goals">
                    <h2 id="goals-heading">{ &material.goals_heading }</h2>
                    <table>
                        <thead><tr>{ for material.goals_columns.iter().map(|head| html! { <th scope="col">{ head }</th> }) }</tr></thead>
                        <tbody>
                            { for material.goals.iter().map(|goal| html! {
                                <tr>
                                    <td>{ &goal.text }</td>
                                    <td><ul>{ for goal.programmes.iter().map(|p| html! { <li>{ p }</li> }) }</ul></td>
                                    <td>{ goal.steps.iter().map(u8::to_string).collect::<Vec<_>>().join(", ") }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </section>
                <section class="panel" aria-labelledby="misconceptions-heading" data-section="misconceptions">
                    <h2 id="misconceptions-heading">{ &material.misconceptions_heading }</h2>
                    <table>
                        <thead><tr>{ for material.misconceptions_columns.iter().map(|head| html! { <th scope="col">{ head }</th> }) }</tr></thead>
                        <tbody>
                            { for material.misconceptions.iter().map(|m| html! {
                                <tr><td>{ format!("{}. {}", m.number, m.text) }</td><td>{ &m.confronted }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </section>
                { for material.sections.iter().map(|section| html! {
                    <section class="panel" aria-labelledby={format!("{}-heading", section.id)} data-section={section.id.clone()}>
                        { render_section(section, 2) }
                    </section>
                }) }
                <section class="panel worksheet" aria-labelledby="worksheet-heading" data-section="worksheet">
                    <button type="button" class="primary no-print" data-print="" onclick={onprint}>{ class.print_worksheet }</button>
                    { render_section(&material.worksheet, 2) }
                    <p class="worksheet-link">{ step_one }</p>
                    <p class="worksheet-version">{ (class.teacher_dataset)(&version, &props.model.info.as_of) }</p>
                </section>
            </>
        },
    };

    html! {
        <div class="teacher-page" data-page="teacher">
            <div class="panel teacher-head">
                <h2>{ class.teacher_title }</h2>
                <p>{ (class.teacher_dataset)(&version, &props.model.info.as_of) }</p>
                if let Loaded::Ready(material) = &*material { <p class="teacher-intro">{ &material.intro }</p> }
                <p class="privacy" data-privacy="">{ class.teacher_privacy }</p>
                <button type="button" data-teacher-back="" onclick={onback}>{ class.teacher_back }</button>
            </div>
            <section class="panel builder" aria-labelledby="builder-heading" data-section="builder">
                <h2 id="builder-heading">{ class.builder_heading }</h2>
                <p class="hint">{ class.builder_intro }</p>
                <div class="builder-fields">
                    <label for="builder-lang">{ class.builder_lang }</label>
                    <select id="builder-lang" data-builder="lang" onchange={onlang}>
                        { for Lang::ALL.iter().map(|option| html! {
                            <option value={option.code()} selected={*option == choices.lang}>{ lang_name(*option) }</option>
                        }) }
                    </select>
                    <label for="builder-step">{ class.builder_step }</label>
                    <select id="builder-step" data-builder="step" onchange={onstep}>
                        <option value="" selected={choices.step.is_none()}>{ class.builder_no_step }</option>
                        { for (1..=STEPS.len() as u8).map(|step| {
                            let title = class.steps.get(usize::from(step) - 1).map_or("", |words| words.title);
                            html! {
                                <option value={step.to_string()} selected={choices.step == Some(step)}>{ format!("{step}. {title}") }</option>
                            }
                        }) }
                    </select>
                    <label for="builder-start">{ class.builder_start }</label>
                    <select id="builder-start" data-builder="start" onchange={onstart} disabled={choices.step.is_some()}
                        aria-describedby="builder-start-hint">
                        { for starts.iter().map(|start| html! {
                            <option value={start.code()} selected={*start == choices.start}>{ start_name(start) }</option>
                        }) }
                    </select>
                </div>
                <p class="hint" id="builder-start-hint">{ class.builder_start_hint }</p>
                <div class="builder-checks">
                    { checkbox("builder-lock", class.builder_lock, choices.class.lock, onlock) }
                    { checkbox("builder-edges", class.builder_hide_edges, choices.class.hide_edges, onedges) }
                    { checkbox("builder-labels", class.builder_hide_labels, choices.class.hide_labels, onlabels) }
                    { checkbox("builder-values", class.builder_hide_values, choices.class.hide_values, onvalues) }
                    { checkbox("builder-projector", class.builder_projector, choices.class.projector, onprojector) }
                    <label for="builder-version" class="check">
                        <input type="checkbox" id="builder-version" data-builder="version"
                            checked={choices.version.is_some()} onchange={onversion} />
                        { (class.builder_version)(&version) }
                    </label>
                </div>
                <label for="builder-link">{ class.builder_link }</label>
                <input type="text" id="builder-link" class="builder-link" readonly=true value={link.clone()} data-class-link="" />
                <p><a href={link}>{ class.builder_open }</a></p>
            </section>
            <section class="panel tally" aria-labelledby="tally-heading" data-section="tally">
                <h2 id="tally-heading">{ class.tally_heading }</h2>
                <p class="hint">{ class.tally_intro }</p>
                <label for="tally-codes">{ class.tally_label }</label>
                <textarea id="tally-codes" rows="6" data-tally-input="" oninput={oncodes} value={(*codes).clone()} />
                <div role="status" data-tally-pupils={counted.pupils.to_string()}>
                    <p>{ (class.tally_pupils)(counted.pupils) }</p>
                </div>
                if counted.pupils > 0 {
                    <table data-tally="">
                        <thead><tr><th scope="col">{ class.tally_item }</th><th scope="col">{ class.tally_count }</th></tr></thead>
                        <tbody>
                            { for counted.steps.iter().enumerate().map(|(at, count)| html! {
                                <tr data-tally-step={(at + 1).to_string()}>
                                    <th scope="row">{ (class.tally_step)(at + 1) }</th>
                                    <td>{ count }</td>
                                </tr>
                            }) }
                            { for counted.solved.iter().map(|(challenge, count)| html! {
                                <tr data-tally-challenge={challenge.code()}>
                                    <th scope="row">{ (class.challenge_name)(*challenge) }</th>
                                    <td>{ count }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    <p>{ (class.tally_tries)(counted.tries) }</p>
                }
                if !counted.unread.is_empty() {
                    <ul class="tally-unread" data-tally-unread={counted.unread.len().to_string()}>
                        { for counted.unread.iter().map(|(code, problem)| html! { <li>{ (class.tally_unread)(code, problem.clone()) }</li> }) }
                    </ul>
                }
            </section>
            { material_html }
        </div>
    }
}

/// A section of the material: heading, paragraphs, list, table and parts, at heading `level` (2 or 3).
fn render_section(section: &Section, level: u8) -> Html {
    let id = format!("{}-heading", section.id);
    let heading = if level <= 2 {
        html! { <h2 id={id}>{ &section.heading }</h2> }
    } else {
        html! { <h3 id={id}>{ &section.heading }</h3> }
    };
    let items = section.items.iter().map(|item| html! { <li>{ item }</li> });
    html! {
        <>
            { heading }
            { for section.paragraphs.iter().map(|paragraph| html! { <p>{ paragraph }</p> }) }
            if !section.items.is_empty() {
                if section.numbered { <ol>{ for items }</ol> } else { <ul>{ for items }</ul> }
            }
            if let Some(table) = &section.table {
                <table>
                    <thead><tr>{ for table.head.iter().map(|head| html! { <th scope="col">{ head }</th> }) }</tr></thead>
                    <tbody>
                        { for table.rows.iter().map(|row| html! {
                            <tr>{ for row.iter().map(|cell| html! { <td>{ cell }</td> }) }</tr>
                        }) }
                    </tbody>
                </table>
            }
            { for section.parts.iter().map(|part| render_section(part, level + 1)) }
        </>
    }
}
