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

{{/* The silos' service account. */}}
{{- define "practice-platform.serviceAccountName" -}}
{{- default (include "practice-platform.siloName" .) .Values.serviceAccount.name -}}
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
