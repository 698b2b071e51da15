{{/* The chart's name, or nameOverride. */}}
{{- define "practice-platform.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
The prefix of every resource name: fullnameOverride, else the release name when it already contains the chart's
name, else <release>-<chart>. Cut to 54 characters so that "-frontend" still fits Kubernetes's 63.
*/}}
{{- define "practice-platform.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 54 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "practice-platform.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 54 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 54 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "practice-platform.siloName" -}}
{{- printf "%s-silo" (include "practice-platform.fullname" .) -}}
{{- end -}}

{{- define "practice-platform.frontendName" -}}
{{- printf "%s-frontend" (include "practice-platform.fullname" .) -}}
{{- end -}}

{{/*
The silos' service account: the one the chart creates (default <fullname>-silo), or an existing one, which must
then be named; a default name would point the silos at a service account nobody created.
*/}}
{{- define "practice-platform.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "practice-platform.siloName" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- required "serviceAccount.name is required when serviceAccount.create=false" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* Labels that select one component's pods; call with (dict "context" $ "component" "silo"). */}}
{{- define "practice-platform.selectorLabels" -}}
app.kubernetes.io/name: {{ include "practice-platform.name" .context }}
app.kubernetes.io/instance: {{ .context.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* Labels on every resource of one component; call with (dict "context" $ "component" "silo"). */}}
{{- define "practice-platform.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .context.Chart.Name .context.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "practice-platform.selectorLabels" . }}
app.kubernetes.io/version: {{ .context.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: practice-platform
app.kubernetes.io/managed-by: {{ .context.Release.Service }}
{{- end -}}

{{/* An image reference; call with (dict "context" $ "image" .Values.silo.image). */}}
{{- define "practice-platform.image" -}}
{{- printf "%s:%s" .image.repository (default .context.Chart.AppVersion .image.tag) -}}
{{- end -}}

{{/* The Secret the chart owns: the connection string, admin token and SMTP password not taken from elsewhere. */}}
{{- define "practice-platform.secretName" -}}
{{- include "practice-platform.fullname" . -}}
{{- end -}}

{{- define "practice-platform.postgresSecretName" -}}
{{- default (include "practice-platform.secretName" .) .Values.postgresql.existingSecret -}}
{{- end -}}

{{- define "practice-platform.postgresSecretKey" -}}
{{- if .Values.postgresql.existingSecret -}}{{ .Values.postgresql.existingSecretKey }}{{- else -}}postgres-connection-string{{- end -}}
{{- end -}}

{{- define "practice-platform.adminTokenSecretName" -}}
{{- default (include "practice-platform.secretName" .) .Values.adminToken.existingSecret -}}
{{- end -}}

{{- define "practice-platform.adminTokenSecretKey" -}}
{{- if .Values.adminToken.existingSecret -}}{{ .Values.adminToken.existingSecretKey }}{{- else -}}admin-token{{- end -}}
{{- end -}}

{{/* Whether an SMTP password is set at all, and where it is kept. */}}
{{- define "practice-platform.smtpPasswordSecretName" -}}
{{- default (include "practice-platform.secretName" .) .Values.notifications.smtp.existingSecret -}}
{{- end -}}

{{- define "practice-platform.smtpPasswordSecretKey" -}}
{{- if .Values.notifications.smtp.existingSecret -}}{{ .Values.notifications.smtp.passwordKey }}{{- else -}}smtp-password{{- end -}}
{{- end -}}

{{- define "practice-platform.hasSmtpPassword" -}}
{{- if or .Values.notifications.smtp.existingSecret .Values.notifications.smtp.password -}}true{{- end -}}
{{- end -}}

{{/*
Stops the render on SMTP settings the silos would refuse or ignore: a user name without a password or a password
without a user name (the silos refuse to start: "SmtpUsername and SmtpPassword must be set together"), and
credentials or a CA without a relay host (nothing would use them). Renders nothing.
*/}}
{{- define "practice-platform.validateSmtp" -}}
{{- with .Values.notifications.smtp -}}
{{- $hasPassword := include "practice-platform.hasSmtpPassword" $ -}}
{{- if not .host -}}
{{- if or .username $hasPassword (dig "certificateAuthority" "existingSecret" "" .) -}}
{{- fail "notifications.smtp.host is empty, yet notifications.smtp.username, .password, .existingSecret or .certificateAuthority.existingSecret is set: set the relay's host, or remove them (without a host no email is sent)" -}}
{{- end -}}
{{- else if and .username (not $hasPassword) -}}
{{- fail "notifications.smtp.username is set without a password: set notifications.smtp.password or notifications.smtp.existingSecret (the silos refuse to start with a user name but no password)" -}}
{{- else if and $hasPassword (not .username) -}}
{{- fail "notifications.smtp.password or notifications.smtp.existingSecret is set without notifications.smtp.username: set the user name too (the silos refuse to start with a password but no user name)" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Where the silos find the SMTP relay's CA file: a Secret's key mounted as a file. */}}
{{- define "practice-platform.smtpCertificateAuthorityFolder" -}}/etc/practice/smtp-ca{{- end -}}

{{- define "practice-platform.smtpCertificateAuthorityFile" -}}
{{- printf "%s/ca.crt" (include "practice-platform.smtpCertificateAuthorityFolder" .) -}}
{{- end -}}

{{/*
The host's shutdown timeout (DOTNET_SHUTDOWNTIMEOUTSECONDS, .NET's HostOptions.ShutdownTimeout, 30 s unless set):
the pod's grace period less 10 s for the runtime to exit and, on frontends, the preStop sleep; at least 5 s.
Call with the grace period.
*/}}
{{- define "practice-platform.shutdownTimeoutSeconds" -}}
{{- max 5 (sub (int .) 10) -}}
{{- end -}}

{{/*
A hash of the secret values the chart was given, so pods restart when one changes. Values only: a generated
admin token is left out, so the hash does not change on every plain render.
*/}}
{{- define "practice-platform.secretValuesChecksum" -}}
{{- list .Values.postgresql .Values.adminToken.value .Values.adminToken.existingSecret .Values.notifications.smtp.password .Values.notifications.smtp.existingSecret | toJson | sha256sum -}}
{{- end -}}

{{/* Environment both roles share: the cluster over PostgreSQL, the admin token and metrics. */}}
{{- define "practice-platform.clusterEnv" -}}
- name: PRACTICE_STORAGE
  value: postgres
- name: PRACTICE_POSTGRES
  valueFrom:
    secretKeyRef:
      name: {{ include "practice-platform.postgresSecretName" . }}
      key: {{ include "practice-platform.postgresSecretKey" . }}
- name: PRACTICE_CLUSTER_ID
  value: {{ .Values.orleans.clusterId | quote }}
- name: PRACTICE_SERVICE_ID
  value: {{ .Values.orleans.serviceId | quote }}
- name: PRACTICE_DATA
  value: /data
- name: PRACTICE_ADMIN_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ include "practice-platform.adminTokenSecretName" . }}
      key: {{ include "practice-platform.adminTokenSecretKey" . }}
- name: Practice__Metrics__AllowAnonymous
  value: {{ .Values.metrics.allowAnonymous | quote }}
{{- with .Values.metrics.otlp.endpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
- name: OTEL_EXPORTER_OTLP_PROTOCOL
  value: {{ $.Values.metrics.otlp.protocol | quote }}
{{- end }}
{{- end -}}

{{/* The pod security context: the images' non-root "app" user (1654), files on volumes owned by its group. */}}
{{- define "practice-platform.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1654
runAsGroup: 1654
fsGroup: 1654
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* The container security context: nothing written outside the /tmp and /data volumes, no privileges. */}}
{{- define "practice-platform.containerSecurityContext" -}}
readOnlyRootFilesystem: true
allowPrivilegeEscalation: false
runAsNonRoot: true
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end -}}
