//! Messages whose names are set in backticks (the core writes "`minLength` must be…"),
//! shown with the names as code instead of raw backticks.

use yew::prelude::*;

/// `message` as markup: each `` `name` `` becomes `<code>name</code>`. An unpaired
/// backtick is kept as text.
pub fn code_spans(message: &str) -> Html {
    let parts: Vec<&str> = message.split('`').collect();
    let paired = parts.len() % 2 == 1;
    let last = parts.len() - 1;
    let nodes = parts.iter().enumerate().map(|(index, part)| {
        if index % 2 == 1 && (paired || index != last) {
            html! { <code>{(*part).to_owned()}</code> }
        } else if index % 2 == 1 {
            html! { {format!("`{part}")} }
        } else {
            html! { {(*part).to_owned()} }
        }
    });
    html! { <>{for nodes}</> }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[derive(PartialEq, Properties)]
    struct Props {
        message: AttrValue,
    }

    #[function_component]
    fn Message(props: &Props) -> Html {
        html! { <p>{code_spans(&props.message)}</p> }
    }

    async fn render(message: &'static str) -> String {
        yew::ServerRenderer::<Message>::with_props(move || Props {
            message: message.into(),
        })
        .hydratable(false)
        .render()
        .await
    }

    #[tokio::test]
    async fn names_in_backticks_become_code() {
        assert_eq!(
            render("`minLength` must be 0 or between 4 and 24; got \"6e\"").await,
            "<p><code>minLength</code> must be 0 or between 4 and 24; got \"6e\"</p>"
        );
        assert_eq!(
            render("`a` and `b`").await,
            "<p><code>a</code> and <code>b</code></p>"
        );
        assert_eq!(render("no code").await, "<p>no code</p>");
        assert_eq!(render("one ` left").await, "<p>one ` left</p>");
    }
}
