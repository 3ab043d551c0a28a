package app.verbatim.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Puts the {@link DatabaseGate} in front of the service's data source (no connection is waited for
 * while it is shut) and, when replicas are configured, lets {@link ReadReplicas} route read-only
 * transactions to them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReplicaProperties.class)
class GatedDataSources {

    @Bean
    static BeanPostProcessor gatedDataSource(ObjectProvider<DatabaseGate> gate, ObjectProvider<ReadReplicas> replicas) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                // After initialization: the pool's settings are bound by then.
                if (!(bean instanceof DataSource ds) || bean instanceof Gated) {
                    return bean;
                }
                var gated = new Gated(ds, gate);
                return replicas.getObject().route(gated, ds instanceof HikariDataSource hikari ? hikari : null);
            }
        };
    }

    static final class Gated extends DelegatingDataSource {

        private final ObjectProvider<DatabaseGate> gate;

        Gated(DataSource target, ObjectProvider<DatabaseGate> gate) {
            super(target);
            this.gate = gate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            gate.getObject().check();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            gate.getObject().check();
            return super.getConnection(username, password);
        }
    }
}
