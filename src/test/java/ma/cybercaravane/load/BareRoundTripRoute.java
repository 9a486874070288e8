package ma.cybercaravane.load;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Adds {@code /bare} when the live load benchmark starts the app with {@code cybercaravane.bench.bare-view=true}. */
@Component
@ConditionalOnProperty(name = "cybercaravane.bench.bare-view", havingValue = "true")
class BareRoundTripRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute("bare", BareRoundTripView.class);
    }
}
