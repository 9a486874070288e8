package ma.cybercaravane.load;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The framework floor of the live load benchmark: a button whose click changes one number, no service, no
 * database. Same shell, security and push as the product; registered at {@code /bare} only in the benchmark.
 */
@AnonymousAllowed
public class BareRoundTripView extends Div {

    private int clicks;

    public BareRoundTripView() {
        Span count = new Span("0");
        count.setId("bare-count");
        Button button = new Button("+1", e -> count.setText(String.valueOf(++clicks)));
        button.setId("bare-button");
        add(button, count);
    }
}
