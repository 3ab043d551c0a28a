package app.verbatim.shared.web.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.type.TypeFactory;

/**
 * Notes, while springdoc resolves the wire types, which record each named schema was made of
 * ({@code PageOfQuoteView} is {@code PageOf}), so {@link ContractDocument} can read the record's
 * own {@code @Nullable}s. It changes no schema itself.
 */
final class RecordTypes implements ModelConverter {

    /**
     * One for the JVM, as swagger-core's converter chain is: springdoc registers a converter bean
     * on that singleton once, so a second application context's documents are resolved through
     * the first context's instance. The mapping is the same in every context (the same classes).
     */
    private static final Map<String, Class<?>> RECORDS = new ConcurrentHashMap<>();

    @Override
    public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        @SuppressWarnings("rawtypes")
        Schema schema = chain.next().resolve(type, context, chain);
        if (schema != null && type.getType() != null) {
            Class<?> raw = rawClass(type.getType());
            String name = schema.getName() != null ? schema.getName() : refName(schema.get$ref());
            if (raw != null && raw.isRecord() && name != null) {
                RECORDS.putIfAbsent(name, raw);
            }
        }
        return schema;
    }

    /** The record a component schema was made of, if it was made of one. */
    @Nullable Class<?> record(String schemaName) {
        return RECORDS.get(schemaName);
    }

    private static @Nullable Class<?> rawClass(java.lang.reflect.Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof com.fasterxml.jackson.databind.JavaType javaType) {
            return javaType.getRawClass();
        }
        try {
            return TypeFactory.createDefaultInstance().constructType(type).getRawClass();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static @Nullable String refName(@Nullable String ref) {
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }
}
