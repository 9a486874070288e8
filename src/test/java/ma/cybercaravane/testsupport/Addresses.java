package ma.cybercaravane.testsupport;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Browserless navigation to a full address with its query string, as a link or a QR code would open it. */
public final class Addresses {

    private Addresses() {}

    /** Opens e.g. {@code "parents/card?lang=ar&copies=10"} in the current UI. */
    public static void open(String address) {
        int q = address.indexOf('?');
        UI.getCurrent().navigate(q < 0 ? address : address.substring(0, q),
                q < 0 ? QueryParameters.empty() : QueryParameters.fromString(address.substring(q + 1)));
    }
}
