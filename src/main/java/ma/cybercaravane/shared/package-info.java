/**
 * The shared kernel: languages, translations, regions, installation id, and the public page frame
 * ({@code shared.ui}). An open module: every feature may use all of it; it depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package ma.cybercaravane.shared;

import org.springframework.modulith.ApplicationModule;
