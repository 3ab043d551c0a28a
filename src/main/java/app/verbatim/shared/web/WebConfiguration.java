package app.verbatim.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<ConversionService> conversions;
    private final ObjectProvider<RequestMappingHandlerAdapter> adapters;
    private final ObjectProvider<InputReader> readers;

    WebConfiguration(@Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversions,
                     ObjectProvider<RequestMappingHandlerAdapter> adapters, ObjectProvider<InputReader> readers) {
        this.conversions = conversions;
        this.adapters = adapters;
        this.readers = readers;
    }

    /**
     * Query parameters bound to records ({@code @ParameterObject}), reflection once per record type;
     * {@code @Body} inputs and edits, read once per parameter how; {@link Precondition}s from If-Match.
     */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new QueryRecordResolver(conversions));
        resolvers.add(new BodyResolver(adapters, readers));
        resolvers.add(new PreconditionResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KnownParameters()).addPathPatterns("/api/**");
    }

    /**
     * The actuator lives on the management port, but orchestrators and the Dockerfile were told to
     * probe {@code /actuator/health/liveness} and {@code /readiness} on the public port: those paths
     * keep answering there, as the probe groups Boot serves at {@code /livez} and {@code /readyz}.
     */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/actuator/health/liveness").setViewName("forward:/livez");
        registry.addViewController("/actuator/health/readiness").setViewName("forward:/readyz");
    }

    /** Query parameters take enum values as the JSON writes them ({@code kind=direct}), dates in years 1 to 9999. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new LenientEnums());
        registry.addConverter(new BoundedDates());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class LenientEnums implements ConverterFactory<String, Enum> {
        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return source -> (T) Enum.valueOf(type, source.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        }
    }
}
